package dev.unspin.model;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentSignalsTest {
    private static final DocumentSignals SIGNALS = new DocumentSignals(TrigramModel.openDefault(), SynonymTable.openDefault(),
            lemma -> Map.of("guns", Set.of("weapons"), "gun", Set.of("weapon")).getOrDefault(lemma, Set.of()));

    @Test
    void aSwappedWordWhoseOriginalFitsFarBetterIsCountedByTheThesaurusThatKnowsIt() {
        double[] clean = SIGNALS.of("The country has a nuclear weapons program, officials said on Monday.");
        double[] spun = SIGNALS.of("The country has a nuclear guns program, officials said on Monday.");
        assertEquals(0, clean[1], 1e-9);
        assertTrue(spun[1] > 0, "second thesaurus: " + spun[1]);
        assertTrue(spun[3] > clean[3], "the spun sentence is less likely per word");
    }

    @Test
    void wordGainsPointAtTheSwappedWord() {
        String spun = "The country has a nuclear guns program, officials said on Monday.";
        DocumentSignals.WordGain guns = SIGNALS.wordGains(spun).stream().filter(w -> spun.substring(w.start(), w.end()).equals("guns"))
                .findFirst().orElseThrow();
        assertTrue(guns.second() >= DocumentSignals.GAIN, "gain " + guns.second());
        assertTrue(SIGNALS.wordGains(spun).stream().filter(w -> w.start() != guns.start()).allMatch(w -> w.second() == Double.NEGATIVE_INFINITY),
                () -> "only guns has a candidate in this thesaurus: " + SIGNALS.wordGains(spun));
    }

    @Test
    void lowerCaseWordsTheModelDoesNotKnowAreCounted() {
        assertEquals(0, SIGNALS.of("The farmers sold their grain at the market.")[2], 1e-9);
        assertTrue(SIGNALS.of("The grangers sold their grain at the mercado today.")[2] > 0);
    }
}
