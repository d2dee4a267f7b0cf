package dev.unspin.originals;

import dev.unspin.text.Token;
import dev.unspin.text.TokenKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms a passage is found by, of two kinds, both of what spinners rarely change:
 * <ul>
 *   <li><b>skeleton shingles</b>: the passage's words with punctuation left out, each content word
 *       masked as {@code _} unless it is a number or capitalised (names), in overlapping runs of
 *       {@value #SHINGLE} with at least two unmasked words ({@code "the _ _ on monday"});</li>
 *   <li><b>content words</b>: the lower-cased words that are not function words, three letters or longer.</li>
 * </ul>
 * A spinner that swaps content words leaves the skeleton whole and some of the content words; a
 * machine-translation round trip reorders and changes function words, which breaks shingles but
 * keeps most content words. Which kinds a search uses is the {@code Mode}; the index holds both.
 */
public final class RetrievalKeys {
    static final int SHINGLE = 4;
    static final String MASK = "_";

    /** Which terms a search asks for. */
    public enum Mode {
        SKELETON, WORDS, BOTH;

        boolean skeleton() {
            return this != WORDS;
        }

        boolean words() {
            return this != SKELETON;
        }
    }

    private RetrievalKeys() {
    }

    /** The skeleton shingles of tokens [from, to), each once, in order. */
    static Set<String> skeleton(List<Token> tokens, int from, int to) {
        List<String> skeleton = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.PUNCT) {
                continue;
            }
            boolean kept = t.kind() == TokenKind.NUMBER || t.isCapitalised() || FunctionWords.contains(t.lower());
            skeleton.add(kept ? t.lower() : MASK);
        }
        Set<String> shingles = new LinkedHashSet<>();
        for (int i = 0; i + SHINGLE <= skeleton.size(); i++) {
            List<String> run = skeleton.subList(i, i + SHINGLE);
            if (run.stream().filter(w -> !w.equals(MASK)).count() >= 2) {
                shingles.add(String.join(" ", run));
            }
        }
        return shingles;
    }

    /** The content words of tokens [from, to), each once, in order. */
    static Set<String> words(List<Token> tokens, int from, int to) {
        Set<String> words = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.PUNCT && t.lower().length() >= 3 && !FunctionWords.contains(t.lower())) {
                words.add(t.lower().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
