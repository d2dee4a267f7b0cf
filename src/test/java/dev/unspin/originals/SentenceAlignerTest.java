package dev.unspin.originals;

import dev.unspin.engine.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceAlignerTest {
    private static final Document ORIGINAL = new Document("o", "The shares rose 6 percent in early trading in London, their biggest"
            + " gain in a year. The company sold more cars than expected. Almost everyone. Analysts had expected a loss for the quarter.");

    @Test
    void reorderedClausesStillFindTheirSentence() {
        Document copy = new Document("c", "Their biggest gain in a year, the shares rose 6 percent in early trading in London.");
        List<SentenceAligner.Pair> pairs = SentenceAligner.align(copy, List.of(ORIGINAL));
        assertEquals(1, pairs.size());
        assertEquals(0, pairs.get(0).sentence().index());
    }

    @Test
    void anAddedSentenceIsAlignedWithNothing() {
        Document copy = new Document("c", "The company sold more cars than expected. Fishing boats left the harbour before dawn on Friday.");
        List<SentenceAligner.Pair> pairs = SentenceAligner.align(copy, List.of(ORIGINAL));
        assertEquals(1, pairs.size());
        assertEquals(1, pairs.get(0).sentence().index());
    }

    @Test
    void aShortSentenceBetweenAlignedNeighboursIsAlignedWithTheSentenceBetweenTheirs() {
        Document copy = new Document("c", "The company sold more autos than expected. Virtually everyone. Analysts had expected a loss"
                + " for the quarter.");
        List<SentenceAligner.Pair> pairs = SentenceAligner.align(copy, List.of(ORIGINAL));
        assertEquals(List.of(1, 2, 3), pairs.stream().map(p -> p.sentence().index()).toList());
    }

    @Test
    void anUnrelatedTextAlignsWithNothing() {
        Document copy = new Document("c", "The orchestra painted a wooden fence in the rain. A farmer counted forty apple trees at dawn.");
        assertTrue(SentenceAligner.align(copy, List.of(ORIGINAL)).isEmpty());
    }
}
