package dev.unspin.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JudgementReasonsTest {
    private static final SpinScorer SCORER = new SpinScorer();

    private static Finding at(String text, String phrase, String suggestion, double confidence, DetectorKind detector) {
        int start = text.indexOf(phrase);
        return new Finding(detector.id() + "/test", Category.SPINNER_SYNONYM, Severity.forConfidence(confidence), confidence,
                start, start + phrase.length(), List.of(suggestion), "m", detector);
    }

    @Test
    void aSpunDocumentSaysWhatTheEvidenceIsAndNamesTheStrongestFirst() {
        String text = "The bosom buddy of the head honcho said the huge firms would gain. The planning division agreed.";
        Document document = new Document("t.txt", text);
        List<Finding> findings = List.of(
                at(text, "huge firms", "large companies", 0.7, DetectorKind.MODEL),
                at(text, "bosom buddy", "close friend", 0.95, DetectorKind.DICTIONARY),
                at(text, "head honcho", "chief executive", 0.9, DetectorKind.DICTIONARY),
                at(text, "planning division", "planning department", 0.6, DetectorKind.GRAMMAR));
        DocumentJudge.Judgement judgement = SCORER.judge(document, findings);
        assertEquals(Verdict.SPUN, judgement.verdict());
        assertEquals(List.of(
                "4 findings: 2 dictionary, 1 grammar, 1 model",
                "\u201Cbosom buddy\u201D for \u201Cclose friend\u201D (dictionary/test, confidence 0.95)",
                "\u201Chead honcho\u201D for \u201Cchief executive\u201D (dictionary/test, confidence 0.90)",
                "\u201Chuge firms\u201D for \u201Clarge companies\u201D (model/test, confidence 0.70)"), judgement.reasons());
    }

    @Test
    void aCleanDocumentNeedsNoReasons() {
        String text = "The planning division agreed on the plan for the new school in the spring of next year.";
        DocumentJudge.Judgement judgement = SCORER.judge(new Document("t.txt", text),
                List.of(at(text, "planning division", "planning department", 0.6, DetectorKind.MODEL)));
        assertEquals(Verdict.CLEAN, judgement.verdict());
        assertEquals(List.of(), judgement.reasons());
    }

    @Test
    void modelSignalsSpreadOverTheDocumentAreSaidToBe() {
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"};
        StringBuilder text = new StringBuilder();
        for (String w : words) {
            text.append("The ").append(w).append(" met again today. ");
        }
        List<Finding> findings = new ArrayList<>();
        for (String w : words) {
            findings.add(at(text.toString(), w, "x", 0.8, DetectorKind.MODEL));
        }
        DocumentJudge.Judgement judgement = SCORER.judge(new Document("t.txt", text.toString()), findings);
        assertTrue(judgement.verdict() != Verdict.CLEAN, judgement.toString());
        assertEquals("word choices the language model finds out of place on 6 different words (2000 per 10,000 words)",
                judgement.reasons().get(judgement.reasons().size() - 1));
        assertEquals(1 + JudgementReasons.STRONGEST + 1, judgement.reasons().size(), "composition, the strongest three, the spread");
    }
}
