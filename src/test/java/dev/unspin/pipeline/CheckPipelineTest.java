package dev.unspin.pipeline;

import dev.unspin.config.ConfigLoader;
import dev.unspin.config.EffectiveSettings;
import dev.unspin.config.Level;
import dev.unspin.config.Settings;
import dev.unspin.engine.Category;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.DocumentJudge;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.ReportFilter;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.Verdict;
import dev.unspin.fixtures.TestRules;
import dev.unspin.input.InputFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline's stages with a small test dictionary: the gate, the judgement, the report filters. */
class CheckPipelineTest {
    private static final String SPUN = TestRules.SPUN;

    @TempDir
    Path dir;
    private Path rules;

    @BeforeEach
    void writeRules() throws Exception {
        rules = TestRules.copyInto(dir);
        TestRules.teamDictionary(rules.resolve("dictionary/team.dict"));
    }

    private CheckPipeline.Builder pipeline(Path rulesDirectory) {
        return CheckPipeline.builder().rules(RuleFiles.inDirectory(rulesDirectory)).detectors(EnumSet.of(DetectorKind.DICTIONARY));
    }

    private CheckPipeline configured(String yaml) throws Exception {
        Path config = Files.writeString(dir.resolve("unspin.yml"), yaml);
        return pipeline(rules).config(new ConfigLoader(Optional.of(config))).build();
    }

    private static DocumentResult check(CheckPipeline pipeline, String name, String text) {
        return pipeline.check(new CheckInput(name, Path.of(name).toAbsolutePath(), text, InputFormat.of(name), true));
    }

    private static List<String> found(DocumentResult result) {
        return result.findings().stream().map(f -> f.rule() + " " + result.document().original().substring(f.start(), f.end())
                + " " + f.severity().id()).toList();
    }

    @Test
    void aRuleTurnedOffIsAsIfItWereNotWritten() throws Exception {
        DocumentResult off = check(configured("rules: {test/local-weather-exchange: off}\n"), "a.txt", SPUN);
        Path without = TestRules.copyInto(dir.resolve("without"));
        TestRules.teamDictionary(without.resolve("dictionary/team.dict"));
        Path shared = without.resolve("dictionary/test.dict");
        String withoutLong = Files.readString(shared).replaceFirst("(?s)id: test/local-weather-exchange\\n.*?\\n\\n", "");
        assertTrue(!withoutLong.contains("local weather exchange"), withoutLong);
        Files.writeString(shared, withoutLong);
        DocumentResult unwritten = check(pipeline(without).build(), "a.txt", SPUN);
        assertEquals(List.of("team/weather-exchange weather exchange warning", "test/court-docket court docket warning"), found(off),
                "the shorter entry the long one hid is found, as if the long one did not exist");
        assertEquals(found(unwritten), found(off));
        assertEquals(unwritten.score(), off.score());
    }

    @Test
    void theGateAppliesMinConfidenceAcceptedPhrasesAndSeverities() throws Exception {
        CheckPipeline pipeline = configured("""
                min-confidence: 0.75
                rules: {test/local-weather-exchange: info}
                accept: ["Court  Docket"]
                """);
        assertEquals(List.of("test/local-weather-exchange local weather exchange info"), found(check(pipeline, "a.txt", SPUN)));
        CheckPipeline accepting = configured("accept: [\"local weather exchange\"]\nrules: {team/weather-exchange: off}\n");
        assertEquals(List.of("test/court-docket court docket warning"), found(check(accepting, "a.txt", SPUN)),
                "an accepted phrase is not reported, and its finding hides nothing");
    }

    @Test
    void settingsMadeForOneCheckReplaceThePathsAndOnKeepsTheRulesOwnSeverity() throws Exception {
        CheckPipeline pipeline = configured("rules: {test/court-docket: off}\n");
        EffectiveSettings none = EffectiveSettings.resolve(Optional.empty(), null, EffectiveSettings.CommandLine.none());
        EffectiveSettings onlyCourtDocket = new EffectiveSettings(Optional.empty(), List.of(), true,
                List.of(new Settings.RuleLevel("test/court-docket", Level.ON)),
                Map.of(Category.SPINNER_SYNONYM, Level.OFF, Category.TORTURED_PHRASE, Level.OFF,
                        Category.MACHINE_TRANSLATION, Level.OFF, Category.GRAMMAR, Level.OFF),
                none.minConfidence(), "request", none.failOn(), "default", List.of(), List.of());
        CheckInput input = new CheckInput("a.txt", Path.of("a.txt").toAbsolutePath(), SPUN, InputFormat.TEXT, true);
        assertEquals(List.of("test/court-docket court docket warning"), found(pipeline.check(input, onlyCourtDocket)));
        assertEquals(List.of("test/local-weather-exchange local weather exchange error"), found(pipeline.check(input)),
                "the path's own settings are untouched");
    }

    @Test
    void suppressedFindingsCountNowhere() {
        CheckPipeline pipeline = pipeline(rules).build();
        DocumentResult plain = check(pipeline, "a.md", SPUN);
        assertEquals(2, plain.findings().size());
        assertTrue(plain.score() > 0);
        DocumentResult suppressed = check(pipeline, "a.md", "<!-- unspin-disable -->\n" + SPUN);
        assertEquals(List.of(), suppressed.findings());
        assertEquals(0.0, suppressed.score());
        assertEquals(Verdict.CLEAN, suppressed.verdict());
        assertEquals(Map.of(), suppressed.hidden(), "a suppression is not a report filter: nothing is counted as hidden");
        DocumentResult fromElsewhere = pipeline.check(CheckInput.of("record-1", "<!-- unspin-disable -->\n" + SPUN, InputFormat.MARKDOWN));
        assertEquals(2, fromElsewhere.findings().size(), "a text from elsewhere (a crawled record) cannot switch unspin off");
    }

    @Test
    void reportFiltersHideFindingsButNeverRescore() {
        ReportFilter onlyCourt = new ReportFilter() {
            @Override
            public String name() {
                return "only-court";
            }

            @Override
            public List<Finding> shown(DocumentResult result) {
                return result.findings().stream().filter(f -> f.rule().contains("court")).toList();
            }
        };
        DocumentResult all = check(pipeline(rules).build(), "a.txt", SPUN);
        DocumentResult filtered = check(pipeline(rules).filters(List.of(onlyCourt)).build(), "a.txt", SPUN);
        assertEquals(List.of("test/court-docket court docket warning"), found(filtered));
        assertEquals(Map.of("only-court", 1), filtered.hidden());
        assertEquals(all.score(), filtered.score());
        assertEquals(all.verdict(), filtered.verdict());
    }

    @Test
    void theDocumentJudgementIsOneReplaceableStage() {
        DocumentJudge fixed = (document, findings) -> new DocumentJudge.Judgement(findings.size() * 10.0, Verdict.SUSPECT);
        DocumentResult result = check(pipeline(rules).judge(fixed).build(), "a.txt", SPUN);
        assertEquals(20.0, result.score());
        assertEquals(Verdict.SUSPECT, result.verdict());
    }
}
