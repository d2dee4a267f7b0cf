package dev.unspin.fix;

import dev.unspin.pipeline.CheckInput;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.engine.Category;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.Severity;
import dev.unspin.engine.DetectorKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which findings are safe to apply, with the real engine and the packaged rules. */
class FixPlannerTest {
    private static CheckPipeline engine;

    @BeforeAll
    static void createEngine() {
        engine = CheckPipeline.builder().detectors(EnumSet.of(DetectorKind.DICTIONARY, DetectorKind.GRAMMAR)).build();
    }

    private static String fix(String text, double threshold) {
        List<Finding> findings = engine.check(CheckInput.of("test.txt", text, dev.unspin.input.InputFormat.TEXT)).findings();
        FixPlanner.Plan plan = new FixPlanner(threshold).plan(text, findings, ProtectedRegions.none());
        return TextFixer.apply(text, plan.replacements());
    }

    private static List<String> texts(String text, List<Finding> findings) {
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void appliesOnlyFindingsWithOneSuggestionAtOrAboveTheThreshold() {
        String text = "Leaders discussed local weather exchange. The company develops softwares for hospitals."
                + " He will boost up the guns building in the Indo-Pacific area.";
        List<Finding> findings = engine.check(CheckInput.of("test.txt", text, dev.unspin.input.InputFormat.TEXT)).findings();
        FixPlanner.Plan plan = new FixPlanner(FixPlanner.DEFAULT_MIN_CONFIDENCE).plan(text, findings, ProtectedRegions.none());
        // 0.98, 0.92 and 0.85 with one suggestion each are fixed; "softwares" (0.95) and
        // "boost up" (0.7) have two suggestions each.
        assertEquals(List.of("local weather exchange", "building", "Indo-Pacific area"), texts(text, plan.applied()));
        assertEquals(List.of("softwares", "boost up"), texts(text, plan.left()));
        assertEquals("Leaders discussed climate change. The company develops softwares for hospitals."
                + " He will boost up the guns development in the Indo-Pacific region.", TextFixer.apply(text, plan.replacements()));
    }

    @Test
    void theThresholdCanBeRaised() {
        assertEquals("He will boost up the guns development in the Indo-Pacific area.",
                fix("He will boost up the guns building in the Indo-Pacific area.", 0.9));
    }

    @Test
    void fixesKeepTheCaseOfTheText() {
        assertEquals("Climate Change, CLIMATE CHANGE and climate change were discussed.",
                fix("Local Weather Exchange, LOCAL WEATHER EXCHANGE and local weather exchange were discussed.", 0.9));
        assertEquals("Climate change is real.", fix("Local weather exchange is real.", 0.9));
    }

    @Test
    void skipsProtectedNoOpAndOverlappingFindings() {
        String text = "alpha beta gamma delta";
        Finding alpha = finding(0, 5, "ALPHA");
        Finding beta = finding(6, 10, "beta");
        Finding gamma = finding(11, 16, "GAMMA");
        Finding overlapsGamma = finding(14, 22, "x");
        Finding twoSuggestions = new Finding("t/two", Category.SPINNER_SYNONYM, Severity.ERROR, 0.99, 17, 22,
                List.of("a", "b"), "m", DetectorKind.DICTIONARY);
        ProtectedRegions none = ProtectedRegions.none();
        FixPlanner.Plan plan = new FixPlanner(0.9).plan(text, List.of(gamma, beta, alpha, overlapsGamma), none);
        assertEquals(List.of(alpha, gamma), plan.applied());
        assertEquals(List.of(beta, overlapsGamma), plan.left());
        FixPlanner.Plan inCode = new FixPlanner(0.9).plan("`alpha` beta gamma delta",
                List.of(finding(1, 6, "ALPHA"), finding(8, 12, "BETA")), ProtectedRegions.markdown("`alpha` beta gamma delta"));
        assertEquals(8, inCode.applied().get(0).start());
        assertEquals(1, inCode.left().size());
        assertEquals(List.of(twoSuggestions), new FixPlanner(0.9).plan(text, List.of(twoSuggestions), none).left());
    }

    @Test
    void theThresholdMustBeAConfidence() {
        assertThrows(IllegalArgumentException.class, () -> new FixPlanner(1.5));
        assertThrows(IllegalArgumentException.class, () -> new FixPlanner(-0.1));
    }

    private static Finding finding(int start, int end, String suggestion) {
        return new Finding("t/rule", Category.SPINNER_SYNONYM, Severity.ERROR, 0.95, start, end, List.of(suggestion), "m",
                DetectorKind.DICTIONARY);
    }
}
