package dev.unspin.model;

import dev.unspin.engine.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotedTokensTest {
    private static List<String> quoted(String text) {
        Document document = new Document("t.txt", text);
        boolean[] quoted = QuotedTokens.of(document.tokens(), document.normalized().text());
        List<String> words = new ArrayList<>();
        document.tokens().forEach(t -> {
            if (quoted[t.index()]) {
                words.add(t.text());
            }
        });
        return words;
    }

    @Test
    void wordsBetweenQuotesCurlyOrStraight() {
        assertEquals(List.of("We", "will", "go", ","), quoted("\u201CWe will go,\u201D she said."));
        assertEquals(List.of("a", "b"), quoted("x \"a b\" y"));
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        assertEquals(List.of("open", "here"), quoted("He said \"open here\n\nNext paragraph is plain."));
    }
}
