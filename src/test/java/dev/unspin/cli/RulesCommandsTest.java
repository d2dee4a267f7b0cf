package dev.unspin.cli;

import dev.unspin.text.EditDistance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** unspin rules list | explain | test | import-pps, end to end. */
class RulesCommandsTest {
    /** A small export in the Problematic Paper Screener's format; ' stands for ". */
    private static final String PPS_CSV = String.join("\n",
            "tortured phrase,expected phrase,number of papers",
            "sunlit vitality,solar energy,14",
            "'''mist reckoning'' OR ''haze reckoning''',cloud computing,3",
            "'''bosom peril'' AND NOT ''bosom peril factor''',breast cancer risk,6",
            "'''unclosed OR',something,2",
            "only two,columns",
            "").replace('\'', '"');

    private static final String TEAM_DICT = """
            id: team/sunlit-vitality
            spun: sunlit vitality
            fix: solar energy
            category: tortured-phrase
            confidence: 0.9
            flag: The sunlit vitality sector grew.
            pass: Solar energy is cheap now.

            id: team/haze-figuring
            spun: haze figuring
            fix: cloud computing
            category: tortured-phrase
            confidence: 0.9
            flag: Haze figuring is cheap now.
            pass: The haze figuring out of the data took weeks.
            """;

    private static final String TEAM_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rules lang="en">
              <category id="UNSPIN_TORTURED_TEAM" name="Team rules">
                <rule id="TEAM_COLOSSAL_INFO" name="'colossal info' for 'big data'">
                  <pattern><token>colossal</token><token>info</token></pattern>
                  <message>Did you mean <suggestion>big data</suggestion>?</message>
                  <example correction="big data">We analysed <marker>colossal info</marker> from sensors.</example>
                  <example>%s</example>
                </rule>
              </category>
            </rules>
            """;

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of("", List.of(args));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void importPpsWritesARuleFileThatLoadsPassesItsTestsAndCheckUses() throws Exception {
        Path csv = write("pps.csv", PPS_CSV);
        Path out = dir.resolve("team-pps.dict");
        CliRun imported = run("rules", "import-pps", csv.toString(), "-o", out.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.err().contains(csv + ":5: cannot read the tortured phrase query"), imported.err());
        assertTrue(imported.err().contains(csv + ":6: expected 3 columns"), imported.err());
        assertTrue(imported.err().contains("imported 4 entries from 5 rows"), imported.err());
        String dict = Files.readString(out);
        for (String phrase : List.of("sunlit vitality", "mist reckoning", "haze reckoning", "bosom peril")) {
            assertTrue(dict.contains("spun: " + phrase + "\n"), dict);
        }
        assertTrue(dict.contains("not-next: factor\n"), dict);

        CliRun tested = run("rules", "test", out.toString());
        assertEquals(0, tested.code(), tested.out());
        assertTrue(tested.out().contains("4 dictionary entries: 0 problem(s)"), tested.out());

        // The packaged rules plus the imported file, as a team would keep them.
        Path rules = dir.resolve("rules");
        copyTree(Path.of("rules"), rules);
        Files.copy(out, rules.resolve("dictionary/team-pps.dict"));
        Path text = write("paper.txt", "Our mist reckoning platform cut costs, and bosom peril factor scores were low.\n");
        CliRun checked = run("check", "--format", "json", "--rules", rules.toString(), text.toString());
        JsonNode findings = new ObjectMapper().readTree(checked.out()).get("documents").get(0).get("findings");
        assertEquals(1, findings.size(), checked.out());
        assertEquals("team-pps/mist-reckoning", findings.get(0).get("rule").asText());
        assertEquals("cloud computing", findings.get(0).get("suggestions").get(0).asText());
        assertEquals("tortured-phrase", findings.get(0).get("category").asText());

        CliRun listed = run("rules", "list", "--rules", rules.toString());
        assertTrue(listed.out().contains("loaded from rules directory " + rules), listed.out());
        assertTrue(listed.out().contains("     4  " + rules.resolve("dictionary/team-pps.dict") + "  (tortured-phrase 4)"), listed.out());
    }

    @Test
    void importPpsWithNothingConvertibleWritesNothing() throws Exception {
        Path csv = write("bad.csv", "tortured phrase,expected phrase,number of papers\nonly two,columns\n");
        Path out = dir.resolve("out.dict");
        CliRun r = run("rules", "import-pps", csv.toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(out));
        assertEquals(2, run("rules", "import-pps", dir.resolve("missing.csv").toString()).code());
    }

    @Test
    void importPpsSkipsPhrasesOfThePackagedDictionaryUnlessAskedToKeepThem() throws Exception {
        Path csv = write("known.csv", "tortured phrase,expected phrase,number of papers\ncounterfeit consciousness,artificial intelligence,40\n");
        CliRun skipped = run("rules", "import-pps", csv.toString());
        assertEquals(1, skipped.code(), skipped.err());
        assertTrue(skipped.err().contains(":2: warning: 'counterfeit consciousness' is already in the dictionary as tortured-phrases/"), skipped.err());
        CliRun kept = run("rules", "import-pps", "--keep-known", csv.toString());
        assertEquals(0, kept.code(), kept.err());
        assertTrue(kept.out().contains("spun: counterfeit consciousness\nfix: artificial intelligence\ncategory: tortured-phrase\nconfidence: 0.9\n"), kept.out());
    }

    @Test
    void listShowsATeamsOwnFilesBesideTheRulesDirectory() throws Exception {
        Path dict = write("team/team.dict", TEAM_DICT);
        Path xml = write("team/team.xml", TEAM_XML.formatted("We analysed big data from sensors."));
        CliRun r = run("rules", "list", dict.toString(), xml.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(" + " + dict + " + " + xml), r.out());
        assertTrue(r.out().contains("     2  " + dict + "  (tortured-phrase 2)"), r.out());
        assertTrue(r.out().contains("     1  " + xml), r.out());
        assertTrue(r.out().contains("grammar/TEAM_COLOSSAL_INFO"), r.out());
        assertTrue(r.out().contains("grammar/UNSPIN_FINAL_WEEK"), r.out());
        assertTrue(r.out().contains("tortured-phrases.dict"), r.out());
    }

    @Test
    void testRunsATeamsGrammarRulesAndNamesFileAndRuleOfEachFailure() throws Exception {
        Path good = write("good.xml", TEAM_XML.formatted("We analysed big data from sensors."));
        CliRun passed = run("rules", "test", good.toString());
        assertEquals(0, passed.code(), passed.out());
        assertTrue(passed.out().contains("1 grammar rules: 0 problem(s)"), passed.out());
        assertFalse(passed.out().contains("dictionary entries"), "only the files given are tested");

        Path bad = write("bad.xml", TEAM_XML.formatted("The colossal info dump was slow."));
        CliRun failed = run("rules", "test", bad.toString());
        assertEquals(1, failed.code(), failed.out());
        assertTrue(failed.out().contains(bad + ":4: TEAM_COLOSSAL_INFO[1]: flags its correct example"), failed.out());

        Path broken = write("broken.xml", "<rules lang=\"en\"><category id=\"X\" name=\"x\"><rule id=\"A\"></category></rules>");
        CliRun unreadable = run("rules", "test", broken.toString());
        assertEquals(1, unreadable.code());
        assertTrue(unreadable.out().contains(broken + ": not a valid LanguageTool rule file"), unreadable.out());

        Path dict = write("team.dict", TEAM_DICT.replace("pass: Solar energy is cheap now.", "pass: The sunlit vitality was gone."));
        CliRun mixed = run("rules", "test", dict.toString(), good.toString());
        assertEquals(1, mixed.code());
        assertTrue(mixed.out().contains(dict + ":1: 'sunlit vitality': flags its pass example"), mixed.out());
        assertTrue(mixed.out().contains("1 grammar rules: 0 problem(s)"), mixed.out());

        assertEquals(2, run("rules", "test", write("notes.txt", "x").toString()).code());
    }

    private static final String ENTRY = """
            id: %s
            spun: sunlit vitality
            fix: solar energy
            category: tortured-phrase
            confidence: 0.9
            %s
            flag: The sunlit vitality sector grew.
            pass: Solar energy is cheap now.
            """;

    @Test
    void testRejectsAMissingIdSayingWhichLineToAdd() throws Exception {
        Path missing = write("team/missing.dict", ENTRY.formatted("x", "note: no id").replace("id: x\n", ""));
        CliRun r = run("rules", "test", missing.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains(missing + ":1: entry 'sunlit vitality' has no 'id'; add the line 'id: missing/sunlit-vitality'"
                + " (the id earlier versions of unspin derived for it"), r.out());
        assertTrue(r.out().contains("1 format problem(s)"), r.out());
    }

    @Test
    void testRejectsADuplicateIdNamingBothPlacesInTheFileOrInTheRulesCheckUses() throws Exception {
        Path twice = write("team/twice.dict", ENTRY.formatted("team/sunlit", "note: first") + "\n"
                + ENTRY.formatted("team/sunlit", "note: second").replace("sunlit vitality", "sunlit power"));
        CliRun r = run("rules", "test", twice.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains(twice + ":10: id 'team/sunlit' is already the id of the entry at " + twice + ":1 ('sunlit vitality')"), r.out());

        Path clash = write("team/clash.dict", ENTRY.formatted("spinner-a-h/local-weather-exchange", "note: copied id"));
        CliRun packaged = run("rules", "test", clash.toString());
        assertEquals(1, packaged.code(), packaged.out());
        assertTrue(packaged.out().matches("(?s).*" + java.util.regex.Pattern.quote(clash + ":1: id 'spinner-a-h/local-weather-exchange' is already the id of the entry at ")
                + "\\S*spinner-health-science\\.dict:\\d+ \\('local weather exchange'\\).*"), packaged.out());
    }

    @Test
    void testAcceptsNamedListsItsOwnAndThePackagedOnesAndRejectsAnUnknownOne() throws Exception {
        Path lists = write("team/lists.dict", "list: team-heads = sector | market\n\n"
                + ENTRY.formatted("team/sunlit", "not-prev: $subject-pronouns | a\nnext: $team-heads"));
        CliRun r = run("rules", "test", lists.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("1 dictionary entries: 0 problem(s)"), r.out());

        Path unknown = write("team/unknown.dict", ENTRY.formatted("team/sunlit", "next: $team-heads | farm"));
        CliRun bad = run("rules", "test", unknown.toString());
        assertEquals(1, bad.code(), bad.out());
        assertTrue(bad.out().contains(unknown + ":6: entry 'sunlit vitality': 'next': unknown list '$team-heads' (declare it in a"
                + " dictionary file with 'list: team-heads = word | word | ...')"), bad.out());
    }

    @Test
    void withoutRulesTheCommandsSeeTheRulesCheckUsesWithTheConfiguredDictionaries() throws Exception {
        Path dict = write("repo/vocab/team.dict", ENTRY.formatted("team/sunlit", "note: one") + "\n"
                + ENTRY.formatted("team/sunlit-power", "note: two").replace("sunlit vitality", "sunlit power"));
        Path config = write("repo/.unspin.yml", "dictionaries: [vocab/team.dict]\n");
        CliRun listed = run("rules", "list", "--config", config.toString());
        assertEquals(0, listed.code(), listed.out() + listed.err());
        assertFalse(listed.out().startsWith("loaded from rules directory rules\n"), "not ./rules: " + listed.out());
        assertTrue(listed.out().contains(" + " + dict + "\n"), listed.out());
        assertTrue(listed.out().contains("     2  " + dict + "  (tortured-phrase 2)"), listed.out());
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("(\\d+)  entries\n").matcher(listed.out());
        assertTrue(total.find(), listed.out());

        CliRun explained = run("rules", "explain", "--config", config.toString(), "team/sunlit-power");
        assertEquals(0, explained.code(), explained.out() + explained.err());
        assertTrue(explained.out().contains("from:             " + dict + ":10"), explained.out());

        CliRun packaged = run("rules", "explain", "spinner-a-h/local-weather-exchange");
        assertTrue(packaged.out().matches("(?s).*from: +\\S+/rules/dictionary/spinner-health-science\\.dict:\\d+\n.*"), packaged.out());
        assertFalse(packaged.out().contains("from:             rules/dictionary/"), "the packaged copy, not ./rules: " + packaged.out());

        CliRun tested = run("rules", "test", "--config", config.toString());
        assertEquals(0, tested.code(), tested.out());
        assertTrue(tested.out().contains(total.group(1) + " dictionary entries: 0 problem(s)"), tested.out());
    }

    @Test
    void explainShowsTheNamedListsAnEntryUses() {
        CliRun r = run("rules", "explain", "--rules", "rules", "spinner-a-h/fingers-race");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("not-prev: $food-before-fingers"), r.out());
        assertTrue(r.out().matches("(?s).*\n      \\$food-before-fingers = fish \\| chicken \\| .* \\(rules/dictionary/spinner-politics-law\\.dict:\\d+\\)\n.*"), r.out());
    }

    @Test
    void explainShowsADictionaryEntryAndRunsItsExamples() throws Exception {
        CliRun r = run("rules", "explain", "--rules", "rules", "spinner-a-h/local-weather-exchange");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("spinner-a-h/local-weather-exchange  (dictionary entry)"), r.out());
        assertTrue(r.out().matches("(?s).*from: +rules/dictionary/spinner-health-science\\.dict:\\d+\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*phrase: +local weather exchange\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*fixes: +climate change\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*category: +spinner-synonym\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*confidence: +0\\.\\d\\d \\(severity (error|warning)\\)\n.*"), r.out());
        assertTrue(r.out().contains("ok: flagged \u201Clocal weather exchange\u201D \u2192 \u201Cclimate change\u201D"), r.out());
        assertTrue(r.out().contains("ok: not flagged"), r.out());

        Path dict = write("team.dict", TEAM_DICT.replace("pass: Solar energy is cheap now.", "pass: The sunlit vitality was gone."));
        CliRun failing = run("rules", "explain", "team/sunlit-vitality", dict.toString());
        assertEquals(1, failing.code(), failing.out());
        assertTrue(failing.out().contains("from:             " + dict + ":1"), failing.out());
        assertTrue(failing.out().contains("FAILS: flagged \u201Csunlit vitality\u201D"), failing.out());
    }

    @Test
    void explainShowsConditionsAndSourceLanguages() throws Exception {
        Path dict = write("mt.dict", """
                id: mt/actual-president
                spun: actual president
                fix: current president
                category: machine-translation
                confidence: 0.7
                not-prev: the
                source-language: de, fr
                note: German aktuell, French actuel.
                flag: Our actual president spoke.
                pass: The actual president was someone else.
                """);
        CliRun r = run("rules", "explain", "mt/actual-president", dict.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("conditions:       not-prev: the"), r.out());
        assertTrue(r.out().contains("source languages: de, fr"), r.out());
        assertTrue(r.out().contains("note:             German aktuell, French actuel."), r.out());
    }

    @Test
    void explainShowsAGrammarRuleByEitherIdAndRunsItsExamples() {
        for (String id : List.of("grammar/UNSPIN_FINAL_WEEK", "UNSPIN_FINAL_WEEK")) {
            CliRun r = run("rules", "explain", "--rules", "rules", id);
            assertEquals(0, r.code(), r.out() + r.err());
            assertTrue(r.out().startsWith("grammar/UNSPIN_FINAL_WEEK  (grammar rule"), r.out());
            assertTrue(r.out().matches("(?s).*from: +rules/grammar/spinner-context\\.xml:\\d+\n.*"), r.out());
            assertTrue(r.out().contains("[final]"), r.out());
            assertTrue(r.out().contains("fixes:            last"), r.out());
            assertTrue(r.out().contains("incorrect: The ministry said <marker>final</marker> week"), r.out());
            assertTrue(r.out().contains("ok: flagged at the marker"), r.out());
            assertTrue(r.out().contains("ok: not flagged"), r.out());
            assertTrue(r.out().contains("never fires inside (antipatterns)"), r.out());
        }
    }

    @Test
    void explainOfARuleGroupShowsEachRuleAtItsOwnLine() throws Exception {
        CliRun r = run("rules", "explain", "--rules", "rules", "grammar/UNSPIN_THE_PLACE_WHERE");
        assertEquals(0, r.code(), r.out() + r.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("from: +rules/grammar/spinner-context\\.xml:(\\d+)\n").matcher(r.out());
        List<String> lines = Files.readAllLines(Path.of("rules/grammar/spinner-context.xml"));
        int rules = 0;
        while (m.find()) {
            rules++;
            assertTrue(lines.get(Integer.parseInt(m.group(1)) - 1).strip().startsWith("<rule"), m.group());
        }
        assertTrue(rules >= 2, r.out());
        assertTrue(r.out().contains("UNSPIN_THE_PLACE_WHERE[2]"), r.out());
    }

    @Test
    void testWithoutFilesRunsTheWholeRulesDirectoryIncludingGrammarRules() {
        CliRun r = run("rules", "test", "--rules", "rules");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().matches("(?s).*\\d+ dictionary entries: 0 problem\\(s\\)\n\\d+ grammar rules: 0 problem\\(s\\)\n"), r.out());
    }

    @Test
    void explainOfAnUnknownRuleSuggestsCloseOnes() {
        CliRun typo = run("rules", "explain", "--rules", "rules", "spinner-a-h/local-wether-exchange");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("no rule 'spinner-a-h/local-wether-exchange'"), typo.err());
        assertTrue(typo.err().contains("  spinner-a-h/local-weather-exchange\n"), typo.err());

        CliRun part = run("rules", "explain", "--rules", "rules", "local weather exchange");
        assertEquals(2, part.code());
        assertTrue(part.err().contains("  spinner-a-h/local-weather-exchange\n"), part.err());

        CliRun grammar = run("rules", "explain", "--rules", "rules", "UNSPIN_FINAL_WEAK");
        assertEquals(2, grammar.code());
        assertTrue(grammar.err().contains("  grammar/UNSPIN_FINAL_WEEK\n"), grammar.err());
    }

    @Test
    void explainsTheModelDetectorsRuleAndRunsItsExamples() {
        CliRun explained = run("rules", "explain", "model/swap-in-context");
        assertEquals(0, explained.code(), explained.out() + explained.err());
        assertTrue(explained.out().contains("(model detector)"), explained.out());
        assertTrue(explained.out().contains("fixes:            the likeliest original, then up to 2 others"), explained.out());
        assertTrue(explained.out().contains("ok: flagged \u201Cmentioned\u201D \u2192 \u201Csaid\u201D"), explained.out());
        assertTrue(explained.out().contains("ok: not flagged"), explained.out());
        CliRun listed = run("rules", "list");
        assertTrue(listed.out().contains("known swaps read from the dictionary, for model/swap-in-context"), listed.out());
        assertTrue(listed.out().contains("          source/number-mismatch  a number of the source is missing from the target"),
                listed.out());
        CliRun source = run("rules", "explain", "source/number-mismatch");
        assertEquals(0, source.code(), source.err());
        assertTrue(source.out().contains("flag:   It costs 1,243.50 euros.\n            ok: flagged: segment \"line 2\": 1,243.50 differs"
                + " from the source's 1.234,50"), source.out());
        assertTrue(source.out().contains("pass:   It costs 1,234.50 euros.\n            ok: not flagged"), source.out());
    }

    @Test
    void closeMatchesByEditDistanceOrSubstring() {
        List<String> ids = List.of("a/local-weather-exchange", "b/weather", "grammar/UNSPIN_FINAL_WEEK", "c/unrelated-thing");
        assertEquals(List.of("a/local-weather-exchange"), RulePack.closeMatches("a/local-wether-exchange", ids, 5));
        assertEquals(List.of("grammar/UNSPIN_FINAL_WEEK"), RulePack.closeMatches("final_week", ids, 5));
        assertEquals(List.of(), RulePack.closeMatches("zzzzzz", ids, 5));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
