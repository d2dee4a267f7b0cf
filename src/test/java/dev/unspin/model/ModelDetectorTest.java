package dev.unspin.model;

import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.dictionary.SwapVocabulary;
import dev.unspin.engine.Category;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.DocumentEvidence;
import dev.unspin.engine.RuleSelection;
import dev.unspin.engine.SpinScorer;
import dev.unspin.fix.FixPlanner;
import dev.unspin.text.ProseRegister;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.Severity;
import dev.unspin.engine.DetectorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.unspin.eval.LabelledText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model detector's examples: spins no entry lists, and correct uses it must leave alone. */
class ModelDetectorTest {
    private static final TrigramModel MODEL = TrigramModel.openDefault();
    private static final SwapVocabulary SWAPS = SwapVocabulary.of(PhraseDictionary.load(RuleFiles.packaged()));
    private static final SynonymTable SYNONYMS = SynonymTable.openDefault();
    private static final ModelDetector DETECTOR = new ModelDetector(MODEL, SWAPS, SYNONYMS, ModelSettings.DEFAULT);

    private static List<Finding> detect(String text) {
        return DETECTOR.detectAlone(new Document("t.txt", text), CheckSettings.defaults());
    }

    private static List<String> flagged(String text) {
        return detect(text).stream().map(f -> text.substring(f.start(), f.end()) + " -> " + f.suggestions().get(0)).toList();
    }

    @Test
    void flagsKnownSwapsInContextsNoEntryNames() {
        assertEquals(List.of("mentioned -> said", "guns -> weapons"), flagged(ModelDetector.FLAG_EXAMPLE));
        Finding f = detect("Officials mentioned the plan on Monday.").get(0);
        assertEquals(ModelDetector.RULE, f.rule());
        assertEquals(DetectorKind.MODEL, f.detector());
        assertEquals(Category.SPINNER_SYNONYM, f.category());
        assertTrue(f.confidence() >= ModelSettings.DEFAULT.swaps().floor(), "confidence " + f.confidence());
        assertTrue(f.message().contains("\u201Csaid\u201D"), f.message());
    }

    @Test
    void originalsNearlyAsLikelyAsTheBestAreOfferedTooSoFixLeavesThemToTheEditor() {
        String text = "Nurses won a pay upward push of five percent.";
        Finding f = detect(text).get(0);
        assertEquals("upward push", text.substring(f.start(), f.end()));
        assertEquals(java.util.Set.of("increase", "rise"), java.util.Set.copyOf(f.suggestions()));
        assertEquals(List.of("said"), detect("Officials mentioned the plan on Monday.").get(0).suggestions(),
                "one clear original: one suggestion");
    }

    @Test
    void aDocumentSpunThroughoutWithSynonymsIsEvidentlySpunItsOriginalIsNot() throws Exception {
        LabelledText spun = LabelledText.parse(Files.readString(Path.of("samples/heldout/spun-thesaurus/news-climate-summit.txt")));
        List<Finding> findings = DETECTOR.detectAlone(new Document("spun.txt", spun.text()), CheckSettings.defaults());
        assertTrue(findings.size() >= ModelSettings.DEFAULT.pooledMinimum(), findings.toString());
        long onSpunWords = findings.stream()
                .filter(f -> spun.gold().stream().anyMatch(g -> g.start() < f.end() && f.start() < g.end())).count();
        assertTrue(onSpunWords >= findings.size() - 1, "nearly all on the spinner's swaps: " + findings);
        String original = Files.readString(Path.of("samples/heldout/clean/news-climate-summit.txt"));
        assertEquals(List.of(), DETECTOR.detectAlone(new Document("clean.txt", original), CheckSettings.defaults()));
    }

    @Test
    void aRareWordTheModelDoesNotKnowIsJudgedByItsSynonyms() throws Exception {
        List<String> restored = new java.util.ArrayList<>();
        try (var files = Files.list(Path.of("samples/heldout/spun-thesaurus"))) {
            for (Path file : files.sorted().toList()) {
                LabelledText spun = LabelledText.parse(Files.readString(file));
                for (Finding f : DETECTOR.detectAlone(new Document(file.toString(), spun.text()), CheckSettings.defaults())) {
                    String word = spun.text().substring(f.start(), f.end());
                    String lower = word.toLowerCase(java.util.Locale.ROOT);
                    if (MODEL.id(lower) == TrigramModel.UNKNOWN && BritishSpellings.americanId(lower, MODEL) == TrigramModel.UNKNOWN) {
                        assertTrue(f.message().contains("is a rare word in this context"), f.message());
                        restored.add(word + " -> " + f.suggestions().get(0));
                    }
                }
            }
        }
        assertTrue(restored.contains("twelvemonth -> year"), restored.toString());
    }

    @Test
    void manyDenseSignalsMakeADocumentEvidentlySpunButFewDoNot() {
        ModelSettings settings = ModelSettings.DEFAULT;
        assertTrue(settings.pooled(10, 400, ProseRegister.PLAIN), "10 signals in 400 words");
        assertTrue(!settings.pooled(4, 100, ProseRegister.PLAIN), "fewer than the minimum");
        assertTrue(!settings.pooled(10, 2000, ProseRegister.PLAIN), "too sparse: 50 per 10,000 words");
    }

    /** Archaic prose prefers rare words with common synonyms: 8 different words in 500 (160 per 10,000) do not say it is spun. */
    @Test
    void archaicProseNeedsDenserSignals() {
        ModelSettings settings = ModelSettings.DEFAULT;
        assertTrue(settings.pooled(8, 500, ProseRegister.PLAIN));
        assertTrue(!settings.pooled(8, 500, ProseRegister.ARCHAIC));
        assertTrue(settings.pooled(9, 500, ProseRegister.ARCHAIC));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            ModelDetector.PASS_EXAMPLE,
            "\"Officials mentioned the guns program,\" he wrote in his diary.",
            "The Safety Council met on Monday, and Guns N' Roses played on Tuesday.",
            "The road safety campaign starts next month in 12 cities.",
            "He mentioned that the museum keeps two old guns from the war.",
            "The colour of the paint in the centre of the room was grey.",
    })
    void leavesCorrectUsesNamesAndQuotationsAlone(String text) {
        assertEquals(List.of(), flagged(text));
    }

    /**
     * "purchase" -> "buy" makes this sentence about 10^4.3 times likelier. With the thesaurus margin at 5,
     * that is a weak signal within {@link ModelDetector#INFO_BAND} of its margin: in a document the
     * dictionary already finds suspect it is shown as info, below fix's threshold; alone, nothing.
     * With the margin at 7 it is too weak to show at all ("shop" -> "store", 10^2.3, never is).
     */
    @Test
    void nearlyStrongWeakSignalsAreInfoInASuspectDocumentOnly() {
        String text = "She walked to the shop to purchase some bread and milk.";
        Finding spun = new Finding("test/spun", Category.SPINNER_SYNONYM, Severity.ERROR, 1.0, 0, 0, List.of("x"), "x",
                DetectorKind.DICTIONARY);
        Calibration none = new Calibration(99, 0, 0, 0, 0.55, 0.1, 0.9, 0.5);
        Document document = new Document("t.txt", text);
        DocumentEvidence suspect = new DocumentEvidence(document, List.of(spun, spun, spun), new SpinScorer());
        ModelDetector near = new ModelDetector(MODEL, SWAPS, SYNONYMS,
                new ModelSettings(none, new Calibration(5.0, 0, 0, 3.5, 0.55, 0.05, 0.8, 0.6), none, 5, 160, 180));
        assertEquals(List.of(), near.detectAlone(document, CheckSettings.defaults()), "alone: clean, nothing shown");
        List<Finding> shown = near.detect(document, CheckSettings.defaults(), RuleSelection.ALL, suspect);
        assertEquals(1, shown.size(), shown.toString());
        assertEquals("purchase", text.substring(shown.get(0).start(), shown.get(0).end()));
        assertEquals(List.of("buy"), shown.get(0).suggestions());
        assertEquals(Severity.INFO, shown.get(0).severity());
        assertEquals(ModelDetector.INFO_CONFIDENCE, shown.get(0).confidence());
        assertTrue(shown.get(0).confidence() < FixPlanner.DEFAULT_MIN_CONFIDENCE, "fix never applies it by default");
        ModelDetector far = new ModelDetector(MODEL, SWAPS, SYNONYMS,
                new ModelSettings(none, new Calibration(7.0, 0, 0, 3.5, 0.55, 0.05, 0.8, 0.6), none, 5, 160, 180));
        assertEquals(List.of(), far.detect(document, CheckSettings.defaults(), RuleSelection.ALL, suspect));
    }

    @Test
    void weakSignalsCountOnlyInADocumentThatIsAlreadySuspect() {
        String text = "Officials mentioned the plan on Monday.";
        Finding spun = new Finding("test/spun", Category.SPINNER_SYNONYM, Severity.ERROR, 1.0, 0, 0, List.of("x"), "x",
                DetectorKind.DICTIONARY);
        Calibration strict = new Calibration(20, 0.75, 0.25, 19.5, 0.55, 0.1, 0.9, 0.5);
        Calibration none = new Calibration(99, 0, 0, 0, 0.55, 0.1, 0.9, 0.5);
        ModelDetector detector = new ModelDetector(MODEL, SWAPS, SYNONYMS, new ModelSettings(strict, none, none, 5, 145, 145));
        Document document = new Document("t.txt", text);
        assertEquals(List.of(), detector.detectAlone(document, CheckSettings.defaults()), "alone: only a weak signal");
        List<Finding> pooled = detector.detect(document, CheckSettings.defaults(), RuleSelection.ALL,
                new DocumentEvidence(document, List.of(spun, spun, spun), new SpinScorer()));
        assertEquals(1, pooled.size(), "in a document the dictionary already finds spun, the weak signal counts");
        assertEquals(0.5, pooled.get(0).confidence());
    }
}
