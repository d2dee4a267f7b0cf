package dev.unspin.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineTest {

    private static Finding finding(int start, int end, double confidence) {
        return new Finding("r" + start, Category.SPINNER_SYNONYM, Severity.forConfidence(confidence), confidence, start, end,
                List.of("x"), "m", Source.DICTIONARY);
    }

    @Test
    void overlapsKeepTheLongerThenTheMoreConfidentFinding() {
        List<Finding> merged = FindingMerger.merge(List.of(finding(0, 5, 0.9), finding(0, 10, 0.7), finding(8, 12, 0.95),
                finding(20, 25, 0.6), finding(20, 25, 0.8)));
        assertEquals(List.of(0, 20), merged.stream().map(Finding::start).toList());
        assertEquals(10, merged.get(0).end());
        assertEquals(0.8, merged.get(1).confidence());
    }

    @Test
    void scoreGrowsWithEvidenceAndShrinksWithLength() {
        List<Finding> one = List.of(finding(0, 1, 0.95));
        List<Finding> ten = java.util.stream.IntStream.range(0, 10).mapToObj(i -> finding(i * 10, i * 10 + 1, 0.95)).toList();
        assertEquals(0, SpinScorer.score(List.of(), 500));
        assertTrue(SpinScorer.score(one, 500) < SpinScorer.SUSPECT_THRESHOLD, "one finding alone does not make a text suspect");
        assertTrue(SpinScorer.score(ten, 500) >= SpinScorer.SPUN_THRESHOLD);
        assertTrue(SpinScorer.score(ten, 5000) < SpinScorer.score(ten, 500));
        assertEquals(Verdict.SPUN, SpinScorer.verdict(SpinScorer.SPUN_THRESHOLD));
        assertEquals(Verdict.SUSPECT, SpinScorer.verdict(SpinScorer.SUSPECT_THRESHOLD));
        assertEquals(Verdict.CLEAN, SpinScorer.verdict(SpinScorer.SUSPECT_THRESHOLD - 0.1));
    }
}
