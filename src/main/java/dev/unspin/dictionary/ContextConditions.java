package dev.unspin.dictionary;

import dev.unspin.engine.Document;
import dev.unspin.text.Sentence;
import dev.unspin.text.Token;

import java.util.List;

/**
 * The optional conditions of an entry on its neighbours: prev / not-prev / next / not-next test the
 * adjacent token, prev2 / next2 the token two places away. Null means no condition.
 */
record ContextConditions(TokenCondition prev, TokenCondition notPrev, TokenCondition next, TokenCondition notNext,
                         TokenCondition prev2, TokenCondition next2) {

    static final ContextConditions NONE = new ContextConditions(null, null, null, null, null, null);
    /** The keys of the conditions in a {@code .dict} entry, in the order of this record's components. */
    static final List<String> KEYS = List.of("prev", "not-prev", "next", "not-next", "prev2", "next2");

    /** The conditions of {@link #KEYS}, in that order (null: none). */
    static ContextConditions of(TokenCondition[] c) {
        return new ContextConditions(c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    /** The conditions in the order of {@link #KEYS}, null where there is none. */
    List<TokenCondition> inKeyOrder() {
        return java.util.Arrays.asList(prev, notPrev, next, notNext, prev2, next2);
    }

    /** Whether a match of tokens [first, end) in the sentence satisfies every condition. */
    boolean hold(Document document, Sentence sentence, int first, int end) {
        List<Token> tokens = document.tokens();
        Token before = first > sentence.firstToken() ? tokens.get(first - 1) : null;
        Token after = end < sentence.endToken() ? tokens.get(end) : null;
        Token twoBefore = first - 1 > sentence.firstToken() ? tokens.get(first - 2) : null;
        Token twoAfter = end + 1 < sentence.endToken() ? tokens.get(end + 1) : null;
        return (prev == null || prev.test(document, before))
                && (notPrev == null || !notPrev.test(document, before))
                && (next == null || next.test(document, after))
                && (notNext == null || !notNext.test(document, after))
                && (prev2 == null || prev2.test(document, twoBefore))
                && (next2 == null || next2.test(document, twoAfter));
    }
}
