package dev.unspin.dictionary;

import dev.unspin.engine.Document;
import dev.unspin.text.Sentence;
import dev.unspin.text.Token;

import java.util.List;

/** The optional prev / not-prev / next / not-next conditions of an entry; null means no condition. */
record ContextConditions(TokenCondition prev, TokenCondition notPrev, TokenCondition next, TokenCondition notNext) {

    static final ContextConditions NONE = new ContextConditions(null, null, null, null);

    /** Whether a match of tokens [first, end) in the sentence satisfies every condition. */
    boolean hold(Document document, Sentence sentence, int first, int end) {
        List<Token> tokens = document.tokens();
        Token before = first > sentence.firstToken() ? tokens.get(first - 1) : null;
        Token after = end < sentence.endToken() ? tokens.get(end) : null;
        return (prev == null || prev.test(document, before))
                && (notPrev == null || !notPrev.test(document, before))
                && (next == null || next.test(document, after))
                && (notNext == null || !notNext.test(document, after));
    }
}
