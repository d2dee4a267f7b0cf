package dev.unspin.dictionary;

import java.util.List;
import java.util.Map;

/**
 * One token of a dictionary phrase: a literal word, or (written {@code {lemma}}) every form of a
 * lemma, each form with the tags it can carry, most useful first.
 */
record PatternToken(String literal, String lemma, Map<String, List<String>> formTags) {

    static PatternToken literal(String word) {
        return new PatternToken(word, null, Map.of(word, List.of()));
    }

    static PatternToken inflected(String lemma, Map<String, List<String>> formTags) {
        return new PatternToken(null, lemma, formTags);
    }

    boolean isInflected() {
        return lemma != null;
    }

    /** The lower-case forms this token matches. */
    Iterable<String> forms() {
        return formTags.keySet();
    }
}
