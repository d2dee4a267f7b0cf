package dev.unspin.model;

/**
 * Open-addressing hash tables (linear probing, at most half full) from an n-gram (its context and last word)
 * to its index in the model file's sorted arrays, stored as index + 1 (0: empty slot). A lookup reads a slot
 * or two and the candidate's word: two or three cache misses where a binary search over a common word's
 * thousands of successors has seven or more, one after the other.
 */
final class NgramHash {
    private NgramHash() {
    }

    /** The table size for {@code count} n-grams: the smallest power of two at least twice the count. */
    static int slots(int count) {
        return Integer.highestOneBit(Math.max(1, 2 * count - 1)) << 1;
    }

    /** The first slot to probe for the n-gram ({@code context}, {@code word}); {@code mask} is slots - 1. */
    static int slot(int context, int word, int mask) {
        long hash = (((long) context << 32) | word) * 0x9E3779B97F4A7C15L;
        return (int) (hash ^ (hash >>> 29)) & mask;
    }

    /** Builds the table of the n-grams {@code words[firsts[c] .. firsts[c+1])} of each context c. */
    static int[] build(int[] firsts, int[] words) {
        int[] table = new int[slots(words.length)];
        int mask = table.length - 1;
        for (int context = 0; context + 1 < firsts.length; context++) {
            for (int index = firsts[context]; index < firsts[context + 1]; index++) {
                int slot = slot(context, words[index], mask);
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = index + 1;
            }
        }
        return table;
    }
}
