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
    void textWithoutPunctuationIsSplitAtLineBreaksAndNeverGrowsUnbounded() {
        String lines = "able to swim\n".repeat(50);
        List<Sentence> split = SentenceSplitter.split(lines, Tokenizer.tokenize(lines));
        assertEquals(50, split.size());
        String oneLine = "word ".repeat(1000);
        List<Sentence> cut = SentenceSplitter.split(oneLine, Tokenizer.tokenize(oneLine));
        assertEquals(4, cut.size());
        assertEquals(SentenceSplitter.MAX_TOKENS, cut.get(0).endToken() - cut.get(0).firstToken());
    }

    @Test
    void paragraphBreaksAlwaysSplit() {
        assertEquals(List.of("- Advertisement -", "North Korea fired"), sentences("- Advertisement -\n\nNorth Korea fired"));
    }
}
