package dev.unspin.model;

/**
 * Whether two words are spellings of one word (colour / color, centre / center, grey / gray,
 * travelled / traveled): WordNet lists them as synonyms, and the model, trained on American
 * English, prefers one of them everywhere. Two words are variants when at most two single-letter
 * edits turn one into the other and both are at least four letters long.
 */
final class SpellingVariants {
    private static final int MAX_EDITS = 2;
    private static final int MIN_LENGTH = 4;

    private SpellingVariants() {
    }

    static boolean of(String a, String b) {
        if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH || Math.abs(a.length() - b.length()) > MAX_EDITS) {
            return false;
        }
        return editDistance(a, b) <= MAX_EDITS;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
