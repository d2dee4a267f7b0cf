package dev.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** check --changed-since in a scratch git repository. */
class ChangedSinceTest {
    @TempDir
    Path repo;

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().remove("GIT_DIR");
        pb.environment().remove("GIT_WORK_TREE");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "git " + String.join(" ", args) + ": " + out);
    }

    @BeforeEach
    void committedFile() throws Exception {
        git("init", "-q");
        git("config", "user.name", "unspin test");
        git("config", "user.email", "test@unspin.invalid");
        git("config", "commit.gpgsign", "false");
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(repo.resolve("docs/notes.txt"), """
                The talks covered members of the family between the two countries.
                Nothing else happened that day.
                """);
        git("add", "-A");
        git("commit", "-q", "-m", "first");
    }

    private static List<String> found(CliRun run) throws Exception {
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> out = new ArrayList<>();
        for (JsonNode doc : report.get("documents")) {
            for (JsonNode f : doc.get("findings")) {
                out.add(Path.of(doc.get("path").asText()).getFileName() + ":" + f.get("line").asInt() + " " + f.get("text").asText());
            }
        }
        return out;
    }

    private CliRun check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--detectors", "dictionary"));
        args.addAll(List.of(extra));
        return CliRun.of("", args);
    }

    @Test
    void onlyTheNewLinesAreReported() throws Exception {
        Path notes = repo.resolve("docs/notes.txt");
        Files.writeString(notes, """
                Experts warned about local weather exchange this week.
                The talks covered members of the family between the two countries.
                Nothing else happened that day.
                Some fear a nuclear fingers program.
                """);
        CliRun all = check(notes.toString());
        assertEquals(List.of("notes.txt:1 local weather exchange", "notes.txt:2 members of the family between the",
                "notes.txt:4 nuclear fingers"), found(all), all.err());

        CliRun changed = check("--changed-since", "HEAD", notes.toString());
        assertEquals(List.of("notes.txt:1 local weather exchange", "notes.txt:4 nuclear fingers"), found(changed), changed.err());
        assertEquals(1, changed.code());
        // the score and verdict are still the whole document's
        JsonNode docAll = new ObjectMapper().readTree(all.out()).get("documents").get(0);
        JsonNode docChanged = new ObjectMapper().readTree(changed.out()).get("documents").get(0);
        assertEquals(docAll.get("score"), docChanged.get("score"));
        assertEquals(docAll.get("words"), docChanged.get("words"));
        assertEquals(1, docChanged.get("hidden").get("changed-since").asInt(), "the report says what the filter hid");
    }

    @Test
    void aSpunDocumentFailsOnlyThroughAFindingOnAChangedLine() throws Exception {
        Path notes = repo.resolve("docs/spun.txt");
        Files.writeString(notes, "Officials discussed local weather exchange, the nuclear fingers program and"
                + " members of the family with counterfeit consciousness experts.\nA quiet day.\n");
        git("add", "-A");
        git("commit", "-q", "-m", "spun");
        assertEquals(1, check("--fail-on", "spun", notes.toString()).code(), "the document is spun");
        Files.writeString(notes, Files.readString(notes) + "Nothing else happened.\n");
        CliRun untouched = check("--fail-on", "spun", "--changed-since", "HEAD", notes.toString());
        assertEquals(0, untouched.code(), "old spun prose nobody touched does not fail: " + untouched.out());
        JsonNode doc = new ObjectMapper().readTree(untouched.out()).get("documents").get(0);
        assertEquals("spun", doc.get("verdict").asText(), "the verdict is still the whole document's");
        Files.writeString(notes, Files.readString(notes) + "It was local weather exchange again.\n");
        assertEquals(1, check("--fail-on", "spun", "--changed-since", "HEAD", notes.toString()).code());
    }

    @Test
    void nothingChangedNothingReportedAndExitZero() throws Exception {
        CliRun run = check("--changed-since", "HEAD", repo.resolve("docs").toString());
        assertEquals(List.of(), found(run), run.err());
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void changesCommittedSinceTheRevisionCountToo() throws Exception {
        Path notes = repo.resolve("docs/notes.txt");
        Files.writeString(notes, Files.readString(notes) + "Some fear a nuclear fingers program.\n");
        git("commit", "-q", "-am", "second");
        CliRun run = check("--changed-since", "HEAD~1", notes.toString());
        assertEquals(List.of("notes.txt:3 nuclear fingers"), found(run), run.err());
    }

    @Test
    void aFindingSpanningAChangedLineCounts() throws Exception {
        Path notes = repo.resolve("docs/notes.txt");
        Files.writeString(notes, "The talks covered members of the\nfamily between the two countries.\nNothing else happened.\n");
        git("commit", "-q", "-am", "split");
        Files.writeString(notes, "The talks covered members of the\nfamily between the two countries.\nNothing at all happened.\n");
        assertEquals(List.of(), found(check("--changed-since", "HEAD", notes.toString())));
        // only the second line of the phrase changes
        Files.writeString(notes, "The talks covered members of the\nfamily between the two nations.\nNothing else happened.\n");
        CliRun run = check("--changed-since", "HEAD", notes.toString());
        assertEquals(List.of("notes.txt:1 members of the\nfamily between the"), found(run), run.err());
    }

    @Test
    void untrackedFilesAreWhollyChanged() throws Exception {
        Path fresh = repo.resolve("docs/fresh.txt");
        Files.writeString(fresh, "Experts warned about local weather exchange this week.\nSome fear a nuclear fingers program.\n");
        CliRun run = check("--changed-since", "HEAD", repo.resolve("docs").toString());
        assertEquals(List.of("fresh.txt:1 local weather exchange", "fresh.txt:2 nuclear fingers"), found(run), run.err());
    }

    @Test
    void anUnknownRevisionIsAnError() {
        CliRun run = check("--changed-since", "no-such-branch", repo.resolve("docs/notes.txt").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unknown git revision 'no-such-branch'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aFileOutsideAnyRepositoryIsAnError(@TempDir Path elsewhere) throws Exception {
        Path loose = elsewhere.resolve("loose.txt");
        Files.writeString(loose, "Officials spoke of members of the family.\n");
        CliRun run = check("--changed-since", "HEAD", loose.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("loose.txt: not inside a git repository"), run.err());
    }

    @Test
    void standardInputIsAnError() {
        CliRun run = CliRun.of("members of the family\n", List.of("check", "--changed-since", "HEAD", "-"));
        assertEquals(2, run.code());
        assertTrue(run.err().contains("standard input"), run.err());
    }

    @Test
    void oddFileNamesAndSeveralFilesInOneRun() throws Exception {
        Path odd = repo.resolve("docs/sub dir/caf\u00e9 notes.txt");
        Files.createDirectories(odd.getParent());
        Files.writeString(odd, "The talks covered members of the family between the two countries.\n");
        git("add", "-A");
        git("commit", "-q", "-m", "odd");
        Files.writeString(odd, "Some fear a nuclear fingers program.\n" + Files.readString(odd));
        Path notes = repo.resolve("docs/notes.txt");
        Files.writeString(notes, Files.readString(notes) + "Experts warned about local weather exchange this week.\n");
        CliRun run = check("--changed-since", "HEAD", repo.resolve("docs").toString());
        assertEquals(List.of("notes.txt:3 local weather exchange", "caf\u00e9 notes.txt:1 nuclear fingers"), found(run), run.err());
    }
}
