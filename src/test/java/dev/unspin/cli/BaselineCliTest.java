package dev.unspin.cli;

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

/** unspin baseline and check --baseline on a scratch repository, with the packaged dictionary. */
class BaselineCliTest {
    private static final String NOTES = """
            # Talks in Seoul

            Officials mentioned strengthening members of the family on Wednesday.
            They also discussed local weather exchange and the nuclear fingers program.

            Critics said local weather exchange was ignored.
            Critics said local weather exchange was ignored.
            """;

    @TempDir
    Path repo;
    Path notes;
    Path baseline;

    @BeforeEach
    void writeRepository() throws Exception {
        notes = repo.resolve("docs/notes.md");
        Files.createDirectories(notes.getParent());
        Files.writeString(notes, NOTES);
        Files.writeString(repo.resolve("docs/other.txt"), "A note on counterfeit consciousness in schools.\n");
        baseline = repo.resolve(".unspin-baseline.json");
        CliRun run = CliRun.of("", List.of("baseline", "--detectors", "dictionary", repo.resolve("docs").toString(),
                "-o", baseline.toString()));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("wrote " + baseline + ": 6 findings in 2 documents"), run.err());
    }

    private CliRun check() {
        return CliRun.of("", List.of("check", "--format", "json", "--detectors", "dictionary", "--baseline", baseline.toString(),
                repo.resolve("docs").toString()));
    }

    private static List<String> found(CliRun run) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode doc : new ObjectMapper().readTree(run.out()).get("documents")) {
            for (JsonNode f : doc.get("findings")) {
                out.add(Path.of(doc.get("path").asText()).getFileName() + ":" + f.get("line").asInt() + " " + f.get("text").asText());
            }
        }
        return out;
    }

    @Test
    void theFileIsSortedJsonWithPathsRelativeToIt() throws Exception {
        List<String> lines = Files.readAllLines(baseline);
        assertEquals("{\"unspinBaseline\": 1, \"findings\": [", lines.get(0));
        assertEquals("  {\"path\": \"docs/notes.md\", \"rule\": \"spinner-a-h/local-weather-exchange\", \"text\": \"local weather exchange\","
                + " \"before\": \"critics said\", \"after\": \"was ignored\", \"count\": 2},", lines.get(1));
        assertEquals("]}", lines.get(lines.size() - 1));
        assertEquals(7, lines.size());
        List<String> entries = lines.subList(1, lines.size() - 1);
        assertEquals(entries.stream().sorted().toList(), entries);
        assertTrue(entries.stream().allMatch(l -> l.contains("\"path\": \"docs/")), entries.toString());
        String first = Files.readString(baseline);
        Files.writeString(notes, "\n\n" + NOTES);
        CliRun again = CliRun.of("", List.of("baseline", "--detectors", "dictionary", repo.resolve("docs").toString(),
                "-o", baseline.toString()));
        assertEquals(0, again.code());
        assertEquals(first, Files.readString(baseline), "lines inserted above change nothing in the baseline");
    }

    @Test
    void unchangedFilesReportNothing() throws Exception {
        CliRun run = check();
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(), found(run));
        assertTrue(run.err().contains("6 findings in the baseline " + baseline + " not reported"), run.err());
    }

    @Test
    void linesInsertedAboveStillMatch() throws Exception {
        Files.writeString(notes, NOTES.replace("# Talks in Seoul\n", "---\ntitle: x\n---\n# Talks in Seoul\n\nA new first paragraph.\n\n")
                .replace("They also", "\nThey also"));
        CliRun run = check();
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(), found(run));
    }

    @Test
    void aNewSpunPhraseIsReportedAndFixedOnesDisappear() throws Exception {
        Files.writeString(notes, "A new line above.\n" + NOTES
                .replace("members of the family", "relations")
                .replace("and the nuclear fingers program.", "and the nuclear fingers program.\nThe counterfeit consciousness lab opened."));
        CliRun run = check();
        assertEquals(1, run.code(), run.err());
        assertEquals(List.of("notes.md:6 counterfeit consciousness"), found(run));
        assertTrue(run.err().contains("5 findings in the baseline"), run.err());
    }

    @Test
    void duplicatesAreCounted() throws Exception {
        Files.writeString(notes, NOTES + "Critics said local weather exchange was ignored.\n");
        assertEquals(List.of("notes.md:8 local weather exchange"), found(check()));
        Files.writeString(notes, NOTES.replace("Critics said local weather exchange was ignored.\n", "") + "\n"
                + "Critics said local weather exchange was ignored.\n");
        assertEquals(List.of(), found(check()), "one of two baselined duplicates removed: nothing new");
    }

    @Test
    void theSamePhraseInNewWordsIsNew() throws Exception {
        Files.writeString(notes, NOTES.replace("They also discussed local weather exchange", "They never discussed local weather exchange"));
        assertEquals(List.of("notes.md:4 local weather exchange"), found(check()));
    }

    @Test
    void aMissingOrInvalidBaselineIsAnErrorNamingIt() throws Exception {
        Path missing = repo.resolve("nope.json");
        CliRun run = CliRun.of("", List.of("check", "--baseline", missing.toString(), notes.toString()));
        assertEquals(2, run.code());
        assertTrue(run.err().contains(missing + ": no such baseline file"), run.err());
        Files.writeString(baseline, "{\"unspinBaseline\": 1, \"findings\": [{\"path\": \"x\"}]}");
        run = CliRun.of("", List.of("check", "--baseline", baseline.toString(), notes.toString()));
        assertEquals(2, run.code());
        assertTrue(run.err().contains(baseline + ": findings[0].rule must be a string"), run.err());
        Files.writeString(baseline, "[1, 2");
        run = CliRun.of("", List.of("check", "--baseline", baseline.toString(), notes.toString()));
        assertEquals(2, run.code());
        assertTrue(run.err().contains(baseline + ": not valid JSON"), run.err());
    }

    @Test
    void baselineWritesTheDefaultFileAndCountsSuppressedFindingsOut() throws Exception {
        Files.writeString(notes, "<!-- unspin-disable -->\n" + NOTES);
        Path cwdFile = Path.of(".unspin-baseline.json");
        assertTrue(!Files.exists(cwdFile), "the test would overwrite " + cwdFile.toAbsolutePath());
        try {
            CliRun run = CliRun.of("", List.of("baseline", "--detectors", "dictionary", repo.resolve("docs").toString()));
            assertEquals(0, run.code(), run.err());
            assertTrue(run.err().contains("wrote .unspin-baseline.json: 1 finding in 1 document"), run.err());
            assertTrue(Files.readString(cwdFile).contains("counterfeit consciousness"));
        } finally {
            Files.deleteIfExists(cwdFile);
        }
    }

    @Test
    void baselineReadsTheConfigurationAsCheckDoes() throws Exception {
        dev.unspin.fixtures.TestRules.teamDictionary(repo.resolve("house.dict"));
        Files.writeString(repo.resolve(".unspin.yml"), "dictionaries: [house.dict]\n");
        Files.writeString(repo.resolve("docs/house.txt"), "We synergize the deliverables and discuss local weather exchange.\n");
        CliRun written = CliRun.of("", List.of("baseline", "--detectors", "dictionary", repo.resolve("docs").toString(),
                "-o", baseline.toString()));
        assertEquals(0, written.code(), written.err());
        assertTrue(written.err().contains("wrote " + baseline + ": 8 findings in 3 documents"), written.err());
        CliRun run = check();
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(), found(run));
    }

    @Test
    void theReportCountsWhatTheBaselineHidAndKeepsEachDocumentsVerdict() throws Exception {
        CliRun all = CliRun.of("", List.of("check", "--format", "json", "--detectors", "dictionary", repo.resolve("docs").toString()));
        CliRun filtered = check();
        JsonNode before = new ObjectMapper().readTree(all.out());
        JsonNode after = new ObjectMapper().readTree(filtered.out());
        for (int i = 0; i < before.get("documents").size(); i++) {
            JsonNode b = before.get("documents").get(i);
            JsonNode a = after.get("documents").get(i);
            assertEquals(b.get("score"), a.get("score"), "a report filter never re-scores");
            assertEquals(b.get("verdict"), a.get("verdict"));
            assertEquals(b.get("findings").size(), a.get("hidden").get("baseline").asInt());
        }
        assertEquals(6, after.get("summary").get("hidden").get("baseline").asInt());
        assertEquals(0, before.get("summary").get("hidden").size());
        CliRun text = CliRun.of("", List.of("check", "--detectors", "dictionary", "--baseline", baseline.toString(),
                repo.resolve("docs").toString()));
        assertTrue(text.out().contains("0 findings in 37 words (5 hidden by baseline)"), text.out());
        assertTrue(text.out().contains("0 findings (0 error, 0 warning, 0 info); 6 hidden by baseline"), text.out());
    }

    @Test
    void aSpunDocumentWhoseFindingsAreAllInTheBaselineDoesNotFailTheRun() throws Exception {
        CliRun unfiltered = CliRun.of("", List.of("check", "--fail-on", "spun", "--detectors", "dictionary", repo.resolve("docs").toString()));
        assertEquals(1, unfiltered.code(), unfiltered.out());
        CliRun run = CliRun.of("", List.of("check", "--fail-on", "spun", "--detectors", "dictionary", "--baseline", baseline.toString(),
                repo.resolve("docs").toString()));
        assertEquals(0, run.code(), run.out());
        Files.writeString(notes, NOTES + "The counterfeit consciousness lab opened.\n");
        CliRun fresh = CliRun.of("", List.of("check", "--fail-on", "spun", "--detectors", "dictionary", "--baseline", baseline.toString(),
                repo.resolve("docs").toString()));
        assertEquals(1, fresh.code(), "a spun document showing a new finding fails: " + fresh.out());
    }
}
