package dev.unspin.model;

import dev.unspin.text.Sentence;
import dev.unspin.text.Token;
import dev.unspin.text.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence as the trigram model sees it: its words and numbers in order, punctuation left out
 * (the model was trained on text without it), framed by the sentence-start and sentence-end ids;
 * numbers and words the model does not know are {@link TrigramModel#UNKNOWN}; a British spelling
 * reads as its American one ({@link BritishSpellings}).
 * Position 0 is the start, positions 1..n the tokens, n+1 the end.
 */
final class SentenceWords {
    private final int[] ids;
    private final List<Token> tokens;
    private final boolean[] quoted;

    private SentenceWords(int[] ids, List<Token> tokens, boolean[] quoted) {
        this.ids = ids;
        this.tokens = tokens;
        this.quoted = quoted;
    }

    /** {@code quotedTokens}: for every token of the document, whether it is inside a quotation. */
    static SentenceWords of(List<Token> documentTokens, Sentence sentence, boolean[] quotedTokens, TrigramModel model) {
        List<Token> words = new ArrayList<>();
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token token = documentTokens.get(i);
            if (token.kind() != TokenKind.PUNCT) {
                words.add(token);
            }
        }
        int[] ids = new int[words.size() + 2];
        boolean[] quoted = new boolean[ids.length];
        ids[0] = model.sentenceStart();
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            int id = token.kind() == TokenKind.WORD ? model.id(token.lower()) : TrigramModel.UNKNOWN;
            ids[i + 1] = id == TrigramModel.UNKNOWN && token.kind() == TokenKind.WORD
                    ? BritishSpellings.americanId(token.lower(), model) : id;
            quoted[i + 1] = quotedTokens[token.index()];
        }
        ids[ids.length - 1] = model.sentenceEnd();
        return new SentenceWords(ids, words, quoted);
    }

    int[] ids() {
        return ids;
    }

    Token token(int position) {
        return tokens.get(position - 1);
    }

    /** The lower-case words at [p, p + length), space-separated. */
    String lowerText(int p, int length) {
        StringBuilder text = new StringBuilder(token(p).lower());
        for (int i = 1; i < length; i++) {
            text.append(' ').append(token(p + i).lower());
        }
        return text.toString();
    }

    /**
     * Whether the model can judge the words at [p, p + length): all of them known, lower-case
     * words (a capital inside a sentence is a name; the first word may have one), none quoted,
     * and both neighbours known (a number or a rare name next to them says nothing the model knows).
     */
    boolean judgeable(int p, int length) {
        if (p + length > ids.length - 1) {
            return false;
        }
        for (int k = p; k < p + length; k++) {
            Token token = token(k);
            if (ids[k] == TrigramModel.UNKNOWN || quoted[k] || token.kind() != TokenKind.WORD
                    || (k > 1 && token.isCapitalised()) || isAllCaps(token.text())) {
                return false;
            }
        }
        return ids[p - 1] != TrigramModel.UNKNOWN && ids[p + length] != TrigramModel.UNKNOWN;
    }

    /**
     * Whether the word at p is one the model does not know but may still judge by what it replaced:
     * a lower-case word of letters only (so no name, number or code), not quoted, between known
     * neighbours. A thesaurus spinner's rare synonyms ("tierce" for third) are such words.
     */
    boolean unknownButJudgeable(int p) {
        Token token = token(p);
        return ids[p] == TrigramModel.UNKNOWN && !quoted[p] && token.kind() == TokenKind.WORD
                && token.text().chars().allMatch(Character::isLowerCase)
                && ids[p - 1] != TrigramModel.UNKNOWN && ids[p + 1] != TrigramModel.UNKNOWN;
    }

    private static boolean isAllCaps(String text) {
        return text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT));
    }
}
