package dev.unspin.model;

import dev.unspin.text.ProseRegister;

/**
 * How the model detector weighs its evidence: one {@link Calibration} per source of candidates
 * (the spinners' known swaps need far less evidence than an arbitrary thesaurus synonym; a word
 * the model does not know is judged by how well its synonyms fit the context), and when
 * weak signals say a whole document is spun: on at least {@code pooledMinimum} different words, and
 * at least {@code pooledPer10kWords} of those per 10,000 words ({@code pooledArchaicPer10kWords} in
 * {@link ProseRegister#ARCHAIC archaic} prose, which prefers rare words with common synonyms). The
 * values, and how they were measured, are in the data file {@code dev/unspin/model/calibration.properties}
 * (read by {@code CalibrationFile}).
 */
public record ModelSettings(Calibration swaps, Calibration thesaurus, Calibration unknownWords, int pooledMinimum,
                            double pooledPer10kWords, double pooledArchaicPer10kWords) {

    /** The settings the packaged rules were measured with, read from {@code calibration.properties}. */
    public static final ModelSettings DEFAULT = CalibrationFile.packaged();

    /** Whether signals on this many different words, in a document of this many words and this register, make it spun on their own. */
    public boolean pooled(int signals, int words, ProseRegister register) {
        return signals >= pooledMinimum && signals * 10_000.0 / Math.max(1, words) >= pooledPer10kWords(register);
    }

    /** The density of weak signals, per 10,000 words, that makes a document of this register spun. */
    public double pooledPer10kWords(ProseRegister register) {
        return register == ProseRegister.ARCHAIC ? pooledArchaicPer10kWords : pooledPer10kWords;
    }
}
