package dev.unspin.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private static List<String> sentences(String s) {
        return SentenceSplitter.split(s, Tokenizer.tokenize(s)).stream().map(x -> s.substring(x.start(), x.end())).toList();
    }

    @Test
    void splitsAtStopsButNotAfterAbbreviationsOrInitials() {
        assertEquals(List.of("Mr. Cho met U.S. officials.", "\"They agreed,\" he said.", "Talks resume in May."),
                sentences("Mr. Cho met U.S. officials. \"They agreed,\" he said. Talks resume in May."));
    }

    @Test
    void quotedStopsEndTheSentenceAfterTheQuote() {
        assertEquals(List.of("He said \"no.\"", "Then he left."), sentences("He said \"no.\" Then he left."));
    }

    @Test
    void paragraphBreaksAlwaysSplit() {
        assertEquals(List.of("- Advertisement -", "North Korea fired"), sentences("- Advertisement -\n\nNorth Korea fired"));
    }
}
