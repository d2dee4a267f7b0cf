package dev.unspin.model;

/**
 * From the model's evidence to a confidence. {@code gain} is how many log10 units more likely the
 * sentence is with the candidate original; {@code commonness} how many more likely the candidate's
 * words are than the spun ones out of context (unigram log10 probabilities). A language model
 * prefers common words anywhere, so {@code frequencyWeight} of the commonness is taken off the
 * gain: what is left is what the context says. A swap the dictionary shows in more entries needs
 * less (the spinner is known to make it): the margin is {@code margin - supportBonus * log2(support)}.
 * At or above it, a finding whose confidence starts at {@code floor} and grows by {@code slope}
 * per log10 unit, up to {@code ceiling}. Between the margin minus {@code weakBand} and the margin,
 * a weak signal: reported (at {@code pooledConfidence}) only where the document as a whole is
 * evidently spun (see {@link ModelDetector}). One calibration per source of candidates ({@link ModelSettings}).
 */
public record Calibration(double margin, double frequencyWeight, double supportBonus, double weakBand, double floor,
                          double slope, double ceiling, double pooledConfidence) {

    /** How far the contextual gain is above what a swap with this support needs (negative: below). */
    public double excess(double gain, double commonness, int support) {
        return gain - frequencyWeight * commonness - (margin - supportBonus * (Math.log(Math.max(1, support)) / Math.log(2)));
    }

    public boolean strong(double excess) {
        return excess >= 0;
    }

    public boolean weak(double excess) {
        return excess < 0 && excess >= -weakBand;
    }

    /** The confidence of a strong signal. */
    public double confidence(double excess) {
        return Math.min(ceiling, floor + slope * excess);
    }
}
