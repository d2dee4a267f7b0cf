package dev.unspin.eval;

import dev.unspin.engine.Category;
import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Severity;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvaluationTest {

    private static Finding finding(String text, String phrase, String fix) {
        int start = text.indexOf(phrase);
        return new Finding("r", Category.SPINNER_SYNONYM, Severity.ERROR, 0.9, start, start + phrase.length(), List.of(fix), "m", DetectorKind.DICTIONARY);
    }

    @Test
    void parsesMarkersIntoPlainTextAndGoldSpans() {
        LabelledText t = LabelledText.parse("The {{local weather exchange|climate change}} talks in a {{large vary|wide range/broad range}}.");
        assertEquals("The local weather exchange talks in a large vary.", t.text());
        assertEquals(2, t.gold().size());
        assertEquals("large vary", t.text().substring(t.gold().get(1).start(), t.gold().get(1).end()));
        assertEquals(List.of("wide range", "broad range"), t.gold().get(1).originals());
        assertThrows(IllegalArgumentException.class, () -> LabelledText.parse("a {{broken marker}} b"));
        assertThrows(IllegalArgumentException.class, () -> LabelledText.parse("a {{same|same}} b"));
    }

    @Test
    void countsPrecisionRecallAndFixes() {
        LabelledText t = LabelledText.parse("The {{local weather|climate}} talks and {{fingers|arms}} deal and the plan.");
        List<Finding> findings = List.of(
                finding(t.text(), "local weather", "climate"),
                finding(t.text(), "fingers", "hands"),
                finding(t.text(), "plan", "scheme"));
        Evaluation e = new Evaluation();
        e.add(new DocumentResult(new Document("d", t.text()), 10, findings, 80, Verdict.SPUN), t.gold());
        assertEquals(2.0 / 3, e.precision(), 1e-9);
        assertEquals(1.0, e.recall(), 1e-9);
        assertEquals(0.5, e.fixAccuracy(), 1e-9);
        assertEquals(1, e.falseAlarms().size());
    }

    @Test
    void oneFindingCanFixTwoNeighbouringMarkedWords() {
        LabelledText t = LabelledText.parse("It fell {{final|last}} {{yr|year}}, officials said.");
        Evaluation e = new Evaluation();
        e.add(new DocumentResult(new Document("d", t.text()), 6, List.of(finding(t.text(), "final yr", "last year")), 50,
                Verdict.SPUN), t.gold());
        assertEquals(1.0, e.fixAccuracy(), 1e-9);
    }
}
