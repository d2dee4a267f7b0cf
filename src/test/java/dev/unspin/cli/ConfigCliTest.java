package dev.unspin.cli;

import dev.unspin.fixtures.TestRules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** check and config with .unspin.yml files, end to end (with a small test dictionary). */
class ConfigCliTest {
    private static final String SPUN = TestRules.SPUN;

    @TempDir
    Path dir;
    private Path rules;
    private Path repo;

    @BeforeEach
    void setUp() throws Exception {
        rules = TestRules.copyInto(dir);
        repo = dir.resolve("repo");
        write("docs/guide/a.txt", SPUN);
        write("vendor/b.txt", SPUN);
        write("notes.md", SPUN);
    }

    private Path write(String name, String content) throws Exception {
        Path p = repo.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private CliRun check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--rules", rules.toString(), "--detectors", "dictionary",
                "--format", "json"));
        all.addAll(List.of(args));
        return CliRun.of("", all);
    }

    /** "path rule severity" per finding, paths relative to the repository. */
    private List<String> findings(CliRun run) throws Exception {
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> out = new ArrayList<>();
        for (JsonNode doc : report.get("documents")) {
            String path = repo.relativize(Path.of(doc.get("path").asText())).toString();
            for (JsonNode f : doc.get("findings")) {
                out.add(path + " " + f.get("rule").asText() + " " + f.get("severity").asText());
            }
            if (doc.get("findings").isEmpty()) {
                out.add(path + " none");
            }
        }
        return out;
    }

    @Test
    void theNearestConfigWalkingUpFromEachFileApplies() throws Exception {
        write(".unspin.yml", "rules:\n  test/court-docket: off\n");
        write("docs/.unspin.yml", "rules:\n  test/local-weather-exchange: off\n");
        CliRun run = check(repo.toString());
        assertEquals(List.of("docs/guide/a.txt test/court-docket warning", "notes.md test/local-weather-exchange error",
                "vendor/b.txt test/local-weather-exchange error"), findings(run), run.err());
    }

    @Test
    void configGivenWithConfigAppliesToEveryFile() throws Exception {
        write("docs/.unspin.yml", "rules:\n  test/local-weather-exchange: off\n");
        Path team = dir.resolve("team.yml");
        Files.writeString(team, "categories:\n  spinner-synonym: off\n");
        CliRun run = check("--config", team.toString(), repo.resolve("docs/guide/a.txt").toString(), repo.resolve("notes.md").toString());
        assertEquals(List.of("docs/guide/a.txt none", "notes.md none"), findings(run));
        assertEquals(0, run.code());
    }

    @Test
    void overridesChangeTheFilesTheirGlobsMatch() throws Exception {
        write(".unspin.yml", """
                overrides:
                  - files: ["docs/**"]
                    rules: {test/local-weather-exchange: info}
                  - files: ["*.md"]
                    min-confidence: 0.9
                """);
        assertEquals(List.of("docs/guide/a.txt test/court-docket warning", "docs/guide/a.txt test/local-weather-exchange info",
                "notes.md test/local-weather-exchange error", "vendor/b.txt test/court-docket warning",
                "vendor/b.txt test/local-weather-exchange error"), findings(check(repo.toString())).stream().sorted().toList());
    }

    @Test
    void includeAndExcludeChooseTheFilesChecked() throws Exception {
        write(".unspin.yml", "exclude: [vendor]\n");
        assertEquals(List.of("docs/guide/a.txt", "notes.md"), paths(check(repo.toString())));
        write(".unspin.yml", "include: ['docs/**/*.txt']\n");
        assertEquals(List.of("docs/guide/a.txt"), paths(check(repo.toString())));
        // also files named on the command line, so that a pre-commit hook leaves excluded files alone
        write(".unspin.yml", "exclude: ['vendor/**']\n");
        assertEquals(List.of("notes.md"), paths(check(repo.resolve("vendor/b.txt").toString(), repo.resolve("notes.md").toString())));
    }

    private List<String> paths(CliRun run) throws Exception {
        return findings(run).stream().map(s -> s.substring(0, s.indexOf(' '))).distinct().toList();
    }

    @Test
    void acceptedPhrasesAreNotReported() throws Exception {
        write(".unspin.yml", "accept:\n  - Local Weather  Exchange\n");
        assertEquals(List.of("notes.md test/court-docket warning"), findings(check(repo.resolve("notes.md").toString())));
    }

    @Test
    void aRuleTurnedOffAndASeverityChangedDecideTheExitCode() throws Exception {
        Path notes = repo.resolve("notes.md");
        assertEquals(1, check(notes.toString()).code());
        write(".unspin.yml", "rules:\n  test/local-weather-exchange: warning\n");
        CliRun run = check(notes.toString());
        assertEquals(List.of("notes.md test/local-weather-exchange warning", "notes.md test/court-docket warning"),
                findings(run));
        assertEquals(0, run.code(), "no error-level finding is left, and fail-on is error");
        write(".unspin.yml", "fail-on: warning\nrules:\n  test/local-weather-exchange: warning\n");
        assertEquals(1, check(notes.toString()).code());
        assertEquals(0, check("--fail-on", "error", notes.toString()).code(), "the command line wins over the file");
        write(".unspin.yml", "rules:\n  'test/*': off\n");
        assertEquals(List.of("notes.md none"), findings(check(notes.toString())));
        write(".unspin.yml", "rules:\n  test: off\n  test/court-docket: info\n");
        assertEquals(List.of("notes.md test/court-docket info"), findings(check(notes.toString())),
                "a rule file's name covers its rules; the last setting that matches wins");
    }

    @Test
    void minConfidenceFromTheFileAndFromTheCommandLine() throws Exception {
        Path notes = repo.resolve("notes.md");
        write(".unspin.yml", "min-confidence: 0.8\n");
        assertEquals(List.of("notes.md test/local-weather-exchange error"), findings(check(notes.toString())));
        assertEquals(2, findings(check("--min-confidence", "0.5", notes.toString())).size());
        write(".unspin.yml", "rules:\n  test/court-docket: error\nmin-confidence: 0.2\n");
        assertEquals(List.of("notes.md test/local-weather-exchange error", "notes.md test/court-docket error"),
                findings(check(notes.toString())));
    }

    @Test
    void anExtraDictionaryFromTheConfigIsUsed() throws Exception {
        TestRules.teamDictionary(repo.resolve("vocab/team.dict"));
        write("notes.md", "We synergize the deliverables. Leaders discussed local weather exchange.\n");
        Path notes = repo.resolve("notes.md");
        assertEquals(List.of("notes.md test/local-weather-exchange error"), findings(check(notes.toString())));
        write(".unspin.yml", "dictionaries: [vocab/team.dict]\n");
        assertEquals(List.of("notes.md team/synergize-the-deliverables error", "notes.md test/local-weather-exchange error"),
                findings(check(notes.toString())));
        // a finding turned off no longer hides the shorter one it overlapped
        write(".unspin.yml", "dictionaries: [vocab/team.dict]\nrules: {test/local-weather-exchange: off}\n");
        assertEquals(List.of("notes.md team/synergize-the-deliverables error", "notes.md team/weather-exchange warning"),
                findings(check(notes.toString())));
        write("vocab/team.dict", "spun: weather exchange\nfix: climate\n");
        CliRun broken = check(notes.toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains(repo.resolve("vocab/team.dict") + ":1: entry 'weather exchange' has no 'confidence'"), broken.err());
    }

    @Test
    void aTeamGrammarRuleFileFromTheConfigIsUsed() throws Exception {
        write("vocab/team.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rules lang="en">
                  <category id="UNSPIN_SPINNER_TEAM" name="Team rules">
                    <rule id="TEAM_SYNERGY_MATRIX" name="synergy matrix">
                      <pattern><marker><token>synergy</token><token>matrix</token></marker></pattern>
                      <message>Write plainly.</message>
                      <suggestion>plan</suggestion>
                      <example correction="plan">We updated the <marker>synergy matrix</marker> today.</example>
                      <example>We updated the plan today.</example>
                    </rule>
                  </category>
                </rules>
                """);
        write("notes.md", "We updated the synergy matrix today.\n");
        Path notes = repo.resolve("notes.md");
        assertEquals(List.of("notes.md none"), findings(check("--detectors", "grammar", notes.toString())));
        write(".unspin.yml", "dictionaries: [vocab/team.xml]\n");
        assertEquals(List.of("notes.md grammar/TEAM_SYNERGY_MATRIX warning"),
                findings(check("--detectors", "grammar", notes.toString())));
    }

    @Test
    void anInvalidConfigStopsTheRunWithFileLineAndKey() throws Exception {
        write("docs/.unspin.yml", "rules:\n  test/court-docket: off\n\n\n\n\nfail-on: sometimes\n");
        CliRun run = check(repo.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unspin: " + repo.resolve("docs/.unspin.yml")
                + ":7: 'fail-on': expected one of spun, suspect, error, warning, never"), run.err());
        write("docs/.unspin.yml", "rules:\n  test/court-docket: off\n  colour: blue\n");
        assertTrue(check(repo.toString()).err().contains(".unspin.yml:3: 'rules.colour': expected one of off, error, warning, info, got 'blue'"));
        write("docs/.unspin.yml", "rules: {\n");
        CliRun yaml = check(repo.toString());
        assertEquals(2, yaml.code());
        assertTrue(yaml.err().matches("(?s)unspin: .*\\.unspin\\.yml:\\d+: invalid YAML: .*"), yaml.err());
        write("docs/.unspin.yml", "colour: blue\n");
        assertTrue(check(repo.toString()).err().contains(".unspin.yml:1: 'colour': unknown key"));
    }

    @Test
    void everyProblemOfAnInvalidConfigIsPrintedOnALineOfItsOwn() throws Exception {
        write(".unspin.yml", "fail-on: sometimes\nrules:\n  test/court-docket: loud\n");
        CliRun run = check(repo.toString());
        assertEquals(2, run.code());
        assertEquals(List.of(
                "unspin: .unspin.yml:1: 'fail-on': expected one of spun, suspect, error, warning, never",
                "unspin: .unspin.yml:3: 'rules.test/court-docket': expected one of off, error, warning, info, got 'loud'"),
                run.err().lines().map(l -> l.replace(repo.resolve(".unspin.yml").toString(), ".unspin.yml")).toList());
    }

    @Test
    void ruleSettingsThatNameNoLoadedRuleAreRefusedWithTheClosestIds() throws Exception {
        write(".unspin.yml", """
                rules:
                  test/court-docket: off
                  test/court-dockett: off
                  tset: warning
                  test/*-dockets: off
                  grammar/ABILITY: off
                  model/swap-in-context: info
                overrides:
                  - files: [docs]
                    rules: {team/weather-exchange: off}
                """);
        CliRun run = check(repo.toString());
        assertEquals(2, run.code(), run.err());
        assertEquals(List.of(
                "unspin: .unspin.yml:3: 'rules.test/court-dockett': no such rule; did you mean test/court-docket?",
                "unspin: .unspin.yml:4: 'rules.tset': no such rule; did you mean test?",
                "unspin: .unspin.yml:5: 'rules.test/*-dockets': no such rule; `unspin rules list` shows them",
                "unspin: .unspin.yml:10: 'rules.team/weather-exchange': no such rule; `unspin rules list` shows them"),
                run.err().lines().map(l -> l.replace(repo.resolve(".unspin.yml").toString(), ".unspin.yml")).toList());
    }

    @Test
    void unknownRuleIdsAreReportedTogetherWithTheFilesOtherProblemsInLineOrder() throws Exception {
        write(".unspin.yml", """
                rules:
                  test/court-dockett: off
                  test/court-docket: loud
                fail-on: sometimes
                """);
        CliRun run = check(repo.toString());
        assertEquals(2, run.code(), run.err());
        assertEquals(List.of(
                "unspin: .unspin.yml:2: 'rules.test/court-dockett': no such rule; did you mean test/court-docket?",
                "unspin: .unspin.yml:3: 'rules.test/court-docket': expected one of off, error, warning, info, got 'loud'",
                "unspin: .unspin.yml:4: 'fail-on': expected one of spun, suspect, error, warning, never"),
                run.err().lines().map(l -> l.replace(repo.resolve(".unspin.yml").toString(), ".unspin.yml")).toList());
    }

    @Test
    void ruleSettingsMayNameTheConfigurationsOwnDictionaries() throws Exception {
        Files.createDirectories(repo.resolve("vocab"));
        Files.copy(Path.of(getClass().getResource("/fixtures/team.dict").toURI()), repo.resolve("vocab/team.dict"));
        write(".unspin.yml", "dictionaries: [vocab/team.dict]\nrules:\n  team/weather-exchange: off\n  team: warning\n");
        CliRun run = check(repo.toString());
        assertEquals(1, run.code(), run.err());
    }

    @Test
    void configPrintsTheSettingsInEffectAndWhereTheyComeFrom() throws Exception {
        write(".unspin.yml", """
                fail-on: warning
                rules:
                  test/court-docket: off
                exclude: [vendor]
                accept: [local weather exchange]
                overrides:
                  - files: ["docs/**"]
                    min-confidence: 0.8
                """);
        CliRun run = CliRun.of("", List.of("config", repo.resolve("docs/guide/a.txt").toString()));
        assertEquals(0, run.code(), run.err());
        String config = repo.resolve(".unspin.yml").toString();
        assertTrue(run.out().contains("config: " + config + "\n"), run.out());
        assertTrue(run.out().contains("checked: yes\n"), run.out());
        assertTrue(run.out().contains("fail-on: warning (" + config + ")\n"), run.out());
        assertTrue(run.out().contains("min-confidence: 0.8 (override at " + config + ":7)\n"), run.out());
        assertTrue(run.out().contains("rules:\n  test/court-docket: off\n"), run.out());
        assertTrue(run.out().contains("accept:\n  local weather exchange\n"), run.out());
        CliRun vendor = CliRun.of("", List.of("config", repo.resolve("vendor/b.txt").toString()));
        assertTrue(vendor.out().contains("checked: no (left out by include/exclude)"), vendor.out());
        assertTrue(vendor.out().contains("min-confidence: 0.5 (default)"), vendor.out());
        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, "min-confidence: 0.5\nrules:\n  test/court-docket: of\n");
        CliRun invalid = CliRun.of("", List.of("config", "--config", bad.toString(), repo.toString()));
        assertEquals(2, invalid.code());
        assertEquals("unspin: " + bad + ":3: 'rules.test/court-docket': expected one of off, error, warning, info, got 'of'",
                invalid.err().strip());
    }

    @Test
    void fixFollowsTheConfigurationToo() throws Exception {
        write("vocab/team.dict", """
                id: team/rulings-irked
                spun: rulings irked
                fix: rulings angered
                category: spinner-synonym
                confidence: 0.8
                flag: The rulings irked Japan.
                pass: The rulings angered Japan.
                """);
        write(".unspin.yml", """
                accept: [local weather exchange]
                rules: {test/court-docket: off}
                dictionaries: [vocab/team.dict]
                exclude: [vendor]
                """);
        write("notes.md", "Leaders discussed local weather exchange and court docket rulings irked Japan.\n");
        CliRun run = CliRun.of("", List.of("fix", "--rules", rules.toString(), "--detectors", "dictionary",
                repo.resolve("notes.md").toString()));
        assertEquals("Leaders discussed local weather exchange and court docket rulings angered Japan.\n", run.out(), run.err());
        CliRun vendor = CliRun.of("", List.of("fix", "--dry-run", "--rules", rules.toString(), "--detectors", "dictionary",
                repo.resolve("vendor").toString()));
        assertEquals("", vendor.out(), "excluded files are not fixed");
        assertEquals(0, vendor.code());
    }
}
