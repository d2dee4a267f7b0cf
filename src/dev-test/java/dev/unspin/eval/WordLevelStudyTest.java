package dev.unspin.eval;

import dev.unspin.model.DocumentSignals;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WordLevelStudyTest {

    private static DocumentSignals.WordGain word(int start, double wordNet, double moby) {
        return new DocumentSignals.WordGain(start, start + 1, wordNet, moby, -3, -2.5, -4, false);
    }

    @Test
    void theCleanThresholdAllowsOneFindingPer10000WordsInTheWorstGenre() {
        List<DocumentSignals.WordGain> genre0 = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            genre0.add(word(i, i, 0));
        }
        // 20,000 words: two words may score above the threshold, so it is the third highest score, 97
        WordLevelStudy.WordDoc clean0 = new WordLevelStudy.WordDoc(0, null, List.of(), genre0, 20_000, false);
        // 5,000 words: none may; its highest score is 50, below 97
        WordLevelStudy.WordDoc clean1 = new WordLevelStudy.WordDoc(1, null, List.of(), List.of(word(0, 50, 0)), 5_000, false);
        WordLevelStudy.WordDoc fitting = new WordLevelStudy.WordDoc(0, null, List.of(), List.of(word(0, 1000, 0)), 5_000, true);
        assertEquals(97, WordLevelStudy.cleanThreshold(2, List.of(clean0, clean1, fitting), DocumentSignals.WordGain::wordNet), 1e-9);
    }

    @Test
    void featuresMarkMissingCandidatesAndTheOwnSourceIsLeftOut() {
        double[] f = WordLevelStudy.features(word(0, Double.NEGATIVE_INFINITY, 4));
        assertArrayEquals(new double[]{-3, 0, 4, 1, -4, 0, 1.5, 0, 0}, f, 1e-9);
        assertArrayEquals(new int[]{2, 3, 6, 8}, WordLevelStudy.ownSource("moby"));
        assertEquals(0, WordLevelStudy.ownSource("habits-heldout").length);
        assertEquals(WordLevelStudy.FEATURES.size(), f.length);
    }
}
