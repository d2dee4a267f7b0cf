package dev.unspin.eval;

import dev.unspin.pipeline.CheckInput;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.DetectorKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every detector on the held-out sets (samples/heldout) must not fall below the figures docs/quality.md
 * reports: the clean texts stay clean, and the swaps no entry names are still found.
 */
class HeldoutQualityTest {
    private static Evaluation habits;
    private static Evaluation thesaurus;

    @BeforeAll
    static void evaluate() {
        CheckPipeline engine = CheckPipeline.builder().detectors(EnumSet.allOf(DetectorKind.class)).build();
        habits = evaluate(engine, "samples/heldout/spun-habits");
        thesaurus = evaluate(engine, "samples/heldout/spun-thesaurus");
    }

    private static Evaluation evaluate(CheckPipeline engine, String spun) {
        LabelledCorpus corpus = LabelledCorpus.load(List.of("samples/heldout/clean", spun));
        assertTrue(corpus.problems().isEmpty(), corpus.problems().toString());
        Evaluation evaluation = new Evaluation();
        for (LabelledCorpus.Entry entry : corpus.entries()) {
            evaluation.add(engine.check(CheckInput.of(entry.path(), entry.text().text(), dev.unspin.input.InputFormat.TEXT)), entry.text().gold());
        }
        return evaluation;
    }

    @Test
    void heldOutCleanTextsStayClean() {
        assertEquals(0.0, habits.cleanFindingsPer10kWords(), habits.summary() + "\n" + habits.falseAlarms());
        assertEquals(1.0, habits.cleanDocumentsJudgedClean(), habits.summary());
    }

    @Test
    void spinnersHabitsInNewContextsAreFound() {
        assertTrue(habits.recall() >= 0.28, habits.summary());
        assertTrue(habits.fixAccuracy() >= 0.27, habits.summary());
        assertTrue(habits.precision() >= 0.96, habits.summary() + "\n" + habits.falseAlarms());
        assertTrue(habits.spunDocumentsCaught() >= 23 / 24.0, habits.summary());
    }

    @Test
    void randomThesaurusSynonymsAreFound() {
        assertTrue(thesaurus.recall() >= 0.25, thesaurus.summary());
        assertTrue(thesaurus.fixAccuracy() >= 0.22, thesaurus.summary());
        assertTrue(thesaurus.precision() >= 0.95, thesaurus.summary() + "\n" + thesaurus.falseAlarms());
        assertTrue(thesaurus.spunDocumentsCaught() >= 23 / 24.0, thesaurus.summary());
    }
}
