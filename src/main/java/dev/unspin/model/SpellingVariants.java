package dev.unspin.model;

import dev.unspin.text.EditDistance;

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
        return EditDistance.between(a, b) <= MAX_EDITS;
    }
}
