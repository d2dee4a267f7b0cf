package dev.unspin.model;

import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.dictionary.SwapVocabulary;
import dev.unspin.engine.Category;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.Severity;
import dev.unspin.engine.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model detector's examples: spins no entry lists, and correct uses it must leave alone. */
class ModelDetectorTest {
    private static final TrigramModel MODEL = TrigramModel.openDefault();
    private static final ModelDetector DETECTOR = new ModelDetector(MODEL,
            SwapVocabulary.of(PhraseDictionary.load(RuleFiles.packaged())), Calibration.DEFAULT);

    private static List<Finding> detect(String text) {
        return DETECTOR.detect(new Document("t.txt", text), CheckSettings.defaults());
    }

    private static List<String> flagged(String text) {
        return detect(text).stream().map(f -> text.substring(f.start(), f.end()) + " -> " + f.suggestions().get(0)).toList();
    }

    @Test
    void flagsKnownSwapsInContextsNoEntryNames() {
        assertEquals(List.of("mentioned -> said", "guns -> weapons"),
                flagged("Officials mentioned the guns program had been expanded over the final week."));
        Finding f = detect("Officials mentioned the plan on Monday.").get(0);
        assertEquals(ModelDetector.RULE, f.rule());
        assertEquals(Source.MODEL, f.source());
        assertEquals(Category.SPINNER_SYNONYM, f.category());
        assertTrue(f.confidence() >= Calibration.DEFAULT.floor(), "confidence " + f.confidence());
        assertTrue(f.message().contains("\u201Csaid\u201D"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "She counted the change on her fingers while the rain fell.",
            "\"Officials mentioned the guns program,\" he wrote in his diary.",
            "The Safety Council met on Monday, and Guns N' Roses played on Tuesday.",
            "The road safety campaign starts next month in 12 cities.",
            "He mentioned that the museum keeps two old guns from the war.",
    })
    void leavesCorrectUsesNamesAndQuotationsAlone(String text) {
        assertEquals(List.of(), flagged(text));
    }

    @Test
    void weakSignalsCountOnlyInADocumentThatIsAlreadySuspect() {
        String text = "Officials mentioned the plan on Monday.";
        Finding spun = new Finding("test/spun", Category.SPINNER_SYNONYM, Severity.ERROR, 1.0, 0, 0, List.of("x"), "x",
                Source.DICTIONARY);
        Calibration strict = new Calibration(20, 0.75, 0.25, 19.5, 0.55, 0.1, 0.9, 0.5);
        ModelDetector detector = new ModelDetector(MODEL, SwapVocabulary.of(PhraseDictionary.load(RuleFiles.packaged())), strict);
        Document document = new Document("t.txt", text);
        assertEquals(List.of(), detector.detect(document, CheckSettings.defaults()), "alone: only a weak signal");
        List<Finding> pooled = detector.detect(document, CheckSettings.defaults(), List.of(spun, spun, spun));
        assertEquals(1, pooled.size(), "in a document the dictionary already finds spun, the weak signal counts");
        assertEquals(0.5, pooled.get(0).confidence());
    }
}
