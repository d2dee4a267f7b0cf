package dev.unspin.model;

/**
 * How much more (or less) likely a sentence is with some of its words replaced, by the trigram
 * model: the sum of log10 probabilities of the replaced words and of the two words after them (the
 * only ones whose trigram context changes), with and without the replacement.
 */
final class ContextWindow {
    private final TrigramModel model;

    ContextWindow(TrigramModel model) {
        this.model = model;
    }

    /**
     * log10 P(sentence with {@code ids[from, to)} replaced by {@code replacement}) minus log10
     * P(sentence as it is). {@code ids} starts with the sentence-start id and ends with the
     * sentence-end id.
     */
    double gain(int[] ids, int from, int to, int[] replacement) {
        return windowWith(ids, from, to, replacement) - windowWith(ids, from, to, null);
    }

    private double windowWith(int[] ids, int from, int to, int[] replacement) {
        int length = replacement == null ? to - from : replacement.length;
        int last = Math.min(from + length + 2, length + ids.length - (to - from));
        double sum = 0;
        for (int k = from; k < last; k++) {
            sum += model.logProb(at(ids, from, to, replacement, k - 2), at(ids, from, to, replacement, k - 1),
                    at(ids, from, to, replacement, k));
        }
        return sum;
    }

    /** The id at position k of the sentence as replaced (k < 0: the sentence start). */
    private static int at(int[] ids, int from, int to, int[] replacement, int k) {
        if (k < 0) {
            return ids[0];
        }
        if (replacement == null || k < from) {
            return ids[k];
        }
        if (k < from + replacement.length) {
            return replacement[k - from];
        }
        return ids[k - replacement.length + (to - from)];
    }
}
