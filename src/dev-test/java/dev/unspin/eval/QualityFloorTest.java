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
 * The packaged rules and every detector on the project's labelled set must not fall below the
 * figures docs/quality.md reports: a rule or calibration change that adds false alarms or loses recall
 * fails here.
 */
class QualityFloorTest {
    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() {
        CheckPipeline engine = CheckPipeline.builder().detectors(EnumSet.allOf(DetectorKind.class)).build();
        LabelledCorpus corpus = LabelledCorpus.load(List.of("samples/labelled"));
        assertTrue(corpus.problems().isEmpty(), corpus.problems().toString());
        evaluation = new Evaluation();
        for (LabelledCorpus.Entry entry : corpus.entries()) {
            evaluation.add(engine.check(CheckInput.of(entry.path(), entry.text().text(), dev.unspin.input.InputFormat.TEXT)), entry.text().gold());
        }
    }

    @Test
    void cleanProseStaysClean() {
        assertTrue(evaluation.cleanFindingsPer10kWords() <= 1.0, evaluation.summary() + "\n" + evaluation.falseAlarms());
        assertEquals(1.0, evaluation.cleanDocumentsJudgedClean(), evaluation.summary());
    }

    @Test
    void findingsAreOnSpunPhrases() {
        assertTrue(evaluation.precision() >= 0.98, evaluation.summary() + "\n" + evaluation.falseAlarms());
    }

    @Test
    void spunPhrasesAreFoundAndFixed() {
        assertTrue(evaluation.recall() >= 0.40, evaluation.summary());
        assertTrue(evaluation.fixAccuracy() >= 0.39, evaluation.summary());
        assertTrue(evaluation.spunDocumentsCaught() >= 0.90, evaluation.summary());
    }
}
