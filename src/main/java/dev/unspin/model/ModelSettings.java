package dev.unspin.model;

/**
 * How the model detector weighs its evidence: one {@link Calibration} per source of candidates
 * (the spinners' known swaps need far less evidence than an arbitrary thesaurus synonym; a word
 * the model does not know is judged by how well its synonyms fit the context), and when
 * weak signals say a whole document is spun: on at least {@code pooledMinimum} different words, and
 * at least {@code pooledPer10kWords} of those per 10,000 words. Calibrated with {@code unspin eval} (README, "Model detector").
 */
public record ModelSettings(Calibration swaps, Calibration thesaurus, Calibration unknownWords, int pooledMinimum,
                            double pooledPer10kWords) {

    /** The settings the packaged rules were measured with. */
    public static final ModelSettings DEFAULT = new ModelSettings(
            new Calibration(3.25, 0.75, 0.25, 1.25, 0.55, 0.1, 0.9, 0.5),
            new Calibration(7.0, 0.0, 0.0, 3.5, 0.55, 0.05, 0.8, 0.6),
            new Calibration(5.5, 0.75, 0.0, 3.25, 0.55, 0.05, 0.8, 0.6),
            5, 150);

    /** Whether signals on this many different words, in a document of this many words, make it spun on their own. */
    public boolean pooled(int signals, int words) {
        return signals >= pooledMinimum && signals * 10_000.0 / Math.max(1, words) >= pooledPer10kWords;
    }
}
