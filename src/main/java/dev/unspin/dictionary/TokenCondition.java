package dev.unspin.dictionary;

import dev.unspin.engine.Document;
import dev.unspin.text.Token;
import dev.unspin.text.TokenKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A test on the token next to a match ({@code prev}, {@code next}): one of a set of words, or of
 * the classes {@code #num}, {@code #cap}, {@code #punct}, or a part-of-speech tag {@code @NN*}.
 * A missing neighbour (start or end of the sentence) counts as {@code #punct}.
 */
final class TokenCondition {
    private final Set<String> words = new HashSet<>();
    private final List<String> tagPrefixes = new ArrayList<>();
    private final Set<String> exactTags = new HashSet<>();
    private boolean number;
    private boolean capitalised;
    private boolean punctuation;

    static TokenCondition parse(String alternatives) {
        TokenCondition condition = new TokenCondition();
        for (String raw : alternatives.split("\\|")) {
            String alt = raw.trim();
            if (alt.isEmpty()) {
                throw new IllegalArgumentException("empty alternative in '" + alternatives + "'");
            }
            switch (alt) {
                case "#num" -> condition.number = true;
                case "#cap" -> condition.capitalised = true;
                case "#punct" -> condition.punctuation = true;
                default -> condition.addWordOrTag(alt);
            }
        }
        return condition;
    }

    private void addWordOrTag(String alt) {
        if (alt.startsWith("#")) {
            throw new IllegalArgumentException("unknown class '" + alt + "' (expected #num, #cap or #punct)");
        }
        if (alt.startsWith("@")) {
            String tag = alt.substring(1);
            if (tag.endsWith("*")) {
                tagPrefixes.add(tag.substring(0, tag.length() - 1));
            } else {
                exactTags.add(tag);
            }
        } else {
            words.add(alt.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * What the condition accepts, one alternative each, sorted: its words (lower case), its classes
     * ({@code #num}, {@code #cap}, {@code #punct}) and its tags ({@code @NN*}). Two conditions with
     * the same alternatives test alike.
     */
    List<String> alternatives() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(words);
        exactTags.forEach(t -> all.add("@" + t));
        tagPrefixes.forEach(t -> all.add("@" + t + "*"));
        if (number) {
            all.add("#num");
        }
        if (capitalised) {
            all.add("#cap");
        }
        if (punctuation) {
            all.add("#punct");
        }
        return List.copyOf(all);
    }

    boolean needsPartOfSpeech() {
        return !tagPrefixes.isEmpty() || !exactTags.isEmpty();
    }

    /** @param token the neighbour, or null at a sentence edge */
    boolean test(Document document, Token token) {
        if (token == null || token.kind() == TokenKind.PUNCT) {
            return punctuation || token != null && words.contains(token.lower());
        }
        if (words.contains(token.lower())) {
            return true;
        }
        if (number && token.kind() == TokenKind.NUMBER || capitalised && token.isCapitalised()) {
            return true;
        }
        return needsPartOfSpeech() && tagMatches(document.posTag(token.index()));
    }

    private boolean tagMatches(String tag) {
        if (exactTags.contains(tag)) {
            return true;
        }
        for (String prefix : tagPrefixes) {
            if (tag.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
