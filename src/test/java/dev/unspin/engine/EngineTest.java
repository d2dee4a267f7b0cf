package dev.unspin.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineTest {

    private static Finding finding(int start, int end, double confidence) {
        return new Finding("r" + start, Category.SPINNER_SYNONYM, Severity.forConfidence(confidence), confidence, start, end,
                List.of("x"), "m", DetectorKind.DICTIONARY);
    }

    @Test
    void overlapsKeepTheLongerThenTheMoreConfidentFinding() {
        List<Finding> merged = FindingMerger.merge(List.of(finding(0, 5, 0.9), finding(0, 10, 0.7), finding(8, 12, 0.95),
                finding(20, 25, 0.6), finding(20, 25, 0.8)));
        assertEquals(List.of(0, 20), merged.stream().map(Finding::start).toList());
        assertEquals(10, merged.get(0).end());
        assertEquals(0.8, merged.get(1).confidence());
    }

    private static final SpinScorer SCORER = new SpinScorer();

    /** A document of {@code words} words, "word" each. */
    private static Document words(int words) {
        return new Document("t.txt", "word ".repeat(words));
    }

    @Test
    void scoreGrowsWithEvidenceAndShrinksWithLength() {
        List<Finding> one = List.of(finding(0, 1, 0.95));
        List<Finding> ten = java.util.stream.IntStream.range(0, 10).mapToObj(i -> finding(i * 10, i * 10 + 1, 0.95)).toList();
        assertEquals(0, SCORER.judge(words(500), List.of()).score());
        assertTrue(SCORER.judge(words(500), one).score() < SpinScorer.SUSPECT_THRESHOLD, "one finding alone does not make a text suspect");
        assertTrue(SCORER.judge(words(500), ten).score() >= SpinScorer.SPUN_THRESHOLD);
        assertTrue(SCORER.judge(words(5000), ten).score() < SCORER.judge(words(500), ten).score());
        assertEquals(Verdict.SPUN, SpinScorer.verdict(SpinScorer.SPUN_THRESHOLD));
        assertEquals(Verdict.SUSPECT, SpinScorer.verdict(SpinScorer.SUSPECT_THRESHOLD));
        assertEquals(Verdict.CLEAN, SpinScorer.verdict(SpinScorer.SUSPECT_THRESHOLD - 0.1));
    }

    @Test
    void aRepeatedModelFindingIsOneWordChoice() {
        String text = "The planning division met. " + "The planning division agreed. ".repeat(5);
        Document document = new Document("t.txt", text);
        List<Finding> model = new java.util.ArrayList<>();
        List<Finding> dictionary = new java.util.ArrayList<>();
        for (int at = text.indexOf("division"); at >= 0; at = text.indexOf("division", at + 1)) {
            model.add(new Finding("model/swap-in-context", Category.SPINNER_SYNONYM, Severity.WARNING, 0.7, at, at + 8,
                    List.of("department"), "m", DetectorKind.MODEL));
            dictionary.add(new Finding("d/division", Category.SPINNER_SYNONYM, Severity.WARNING, 0.7, at, at + 8,
                    List.of("department"), "m", DetectorKind.DICTIONARY));
        }
        assertEquals(6, model.size());
        // 1 + 1/2 + ... + 1/6 = 2.45 findings' worth, not 6
        assertTrue(SCORER.judge(document, model).score() < SCORER.judge(document, dictionary).score());
        assertEquals(SCORER.judge(document, dictionary.subList(0, 1)).score(), SCORER.judge(document, model.subList(0, 1)).score());
        List<Finding> twoChoices = List.of(model.get(0), new Finding("model/swap-in-context", Category.SPINNER_SYNONYM,
                Severity.WARNING, 0.7, text.indexOf("planning"), text.indexOf("planning") + 8, List.of("design"), "m", DetectorKind.MODEL));
        assertEquals(SCORER.judge(document, dictionary.subList(0, 2)).score(), SCORER.judge(document, twoChoices).score(),
                "different words are different choices");
    }
}
