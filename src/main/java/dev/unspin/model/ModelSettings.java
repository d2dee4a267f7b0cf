package dev.unspin.model;

/**
 * How the model detector weighs its evidence: one {@link Calibration} per source of candidates
 * (the spinners' known swaps need far less evidence than an arbitrary thesaurus synonym), and when
 * weak signals say a whole document is spun: at least {@code pooledMinimum} of them, and at least
 * {@code pooledPer10kWords} per 10,000 words. Calibrated with {@code unspin eval} (README, "Model detector").
 */
public record ModelSettings(Calibration swaps, Calibration thesaurus, int pooledMinimum, double pooledPer10kWords) {

    /** The settings the packaged rules were measured with. */
    public static final ModelSettings DEFAULT = new ModelSettings(
            new Calibration(3.25, 0.75, 0.25, 1.25, 0.55, 0.1, 0.9, 0.5),
            new Calibration(7.0, 0.0, 0.0, 3.5, 0.55, 0.05, 0.8, 0.6),
            5, 150);

    /** Whether this many weak or strong signals in a document of this many words make it spun on their own. */
    public boolean pooled(int signals, int words) {
        return signals >= pooledMinimum && signals * 10_000.0 / Math.max(1, words) >= pooledPer10kWords;
    }
}
