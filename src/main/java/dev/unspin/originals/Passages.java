package dev.unspin.originals;

import dev.unspin.engine.Document;
import dev.unspin.text.Sentence;
import dev.unspin.text.TokenKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into passages: runs of whole sentences of at least {@value #MIN_WORDS} words (the last
 * run may be shorter). Originals are indexed, and copies searched, passage by passage, so a copy of
 * part of an original, or of parts of several, is still found.
 */
final class Passages {
    static final int MIN_WORDS = 40;

    /** Tokens [firstToken, endToken) of the document. */
    record Passage(int firstToken, int endToken) {
    }

    private Passages() {
    }

    static List<Passage> of(Document document) {
        List<Passage> passages = new ArrayList<>();
        int first = -1;
        int words = 0;
        for (Sentence s : document.sentences()) {
            if (first < 0) {
                first = s.firstToken();
            }
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (document.tokens().get(i).kind() != TokenKind.PUNCT) {
                    words++;
                }
            }
            if (words >= MIN_WORDS) {
                passages.add(new Passage(first, s.endToken()));
                first = -1;
                words = 0;
            }
        }
        if (first >= 0 && words > 0) {
            passages.add(new Passage(first, document.tokens().size()));
        }
        return passages;
    }
}
