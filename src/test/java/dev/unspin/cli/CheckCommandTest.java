package dev.unspin.cli;

import dev.unspin.fixtures.TestRules;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check command end to end: exit codes, bad input, the JSON contract. */
class CheckCommandTest {
    private static final String SPUN = TestRules.SPUN;
    private static final String CLEAN = "Leaders discussed climate change and court rulings.\n";

    @TempDir
    Path dir;
    private Path rules;

    @BeforeEach
    void writeRules() throws Exception {
        rules = TestRules.copyInto(dir);
    }

    private CliRun run(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--rules", rules.toString(), "--detectors", "dictionary"));
        return CliRun.of(stdin, all);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void exitCodesFollowTheFailOnThreshold() throws Exception {
        Path spun = write("spun.txt", SPUN);
        Path clean = write("clean.txt", CLEAN);
        assertEquals(1, run("", "check", spun.toString()).code());
        assertEquals(0, run("", "check", clean.toString()).code());
        assertEquals(0, run("", "check", "--fail-on", "never", spun.toString()).code());
        assertEquals(1, run("", "check", "--fail-on", "warning", spun.toString()).code());
        assertEquals(0, run("", "check", "--fail-on", "spun", "--min-confidence", "0.99", spun.toString()).code());
    }

    @Test
    void badInputsAreNamedOneLineEachAndTheOthersStillReported() throws Exception {
        Path good = write("good.txt", SPUN);
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", " \n\t\n");
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[]{'a', 0, 'b'});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = run("", "check", "--format", "json", dir.resolve("missing.txt").toString(), empty.toString(),
                blank.toString(), binary.toString(), latin1.toString(), good.toString());
        assertEquals(2, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals(5, lines.size(), r.err());
        assertTrue(lines.get(0).contains("missing.txt: no such file or directory"), r.err());
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());
        assertTrue(r.err().contains("blank.txt: empty file (only whitespace)"), r.err());
        assertTrue(r.err().contains("binary.txt: binary file"), r.err());
        assertTrue(r.err().contains("latin1.txt: not valid UTF-8 (byte 0xE9 at offset 3)"), r.err());
        JsonNode report = json(r.out());
        assertEquals(1, report.get("documents").size());
        assertEquals(2, report.get("documents").get(0).get("findings").size());
        assertEquals(5, report.get("errors").size());
    }

    @Test
    void unreadableFilesAreReported() throws Exception {
        Path locked = write("locked.txt", SPUN);
        boolean lockedOut = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
        org.junit.jupiter.api.Assumptions.assumeTrue(lockedOut, "running as a user who can read any file");
        CliRun r = run("", "check", locked.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("locked.txt: cannot read: permission denied"), r.err());
    }

    @Test
    void jsonReportKeepsTheContractFieldsAndOriginalOffsets() throws Exception {
        String text = "Title\n\u201CWe discussed local weather exchange,\u201D she said.\n";
        Path file = write("doc.md", text);
        JsonNode report = json(run("", "check", "--format", "json", file.toString()).out());
        assertEquals("unspin", report.get("tool").get("name").asText());
        assertFalse(report.get("tool").get("version").asText().isEmpty());
        JsonNode doc = report.get("documents").get(0);
        for (String field : List.of("path", "words", "score", "verdict", "findings")) {
            assertTrue(doc.has(field), field);
        }
        JsonNode f = doc.get("findings").get(0);
        for (String field : List.of("rule", "category", "severity", "confidence", "start", "end", "line", "column",
                "text", "suggestions", "message", "source")) {
            assertTrue(f.has(field), field);
        }
        assertEquals("local weather exchange", text.substring(f.get("start").asInt(), f.get("end").asInt()));
        assertEquals(2, f.get("line").asInt());
        assertEquals(text.indexOf("local") - text.indexOf('\n'), f.get("column").asInt());
        assertEquals("climate change", f.get("suggestions").get(0).asText());
        assertEquals("dictionary", f.get("source").asText());
        assertEquals("spinner-synonym", f.get("category").asText());
        assertTrue(report.get("summary").get("categories").has("spinner-synonym"));
        assertEquals(1, report.get("summary").get("rules").get("test/local-weather-exchange").asInt());
    }

    @Test
    void directoriesAreSearchedForTheChosenExtensionsAndStdinIsRead() throws Exception {
        Files.createDirectories(dir.resolve("docs/sub"));
        Files.writeString(dir.resolve("docs/sub/a.md"), SPUN);
        Files.writeString(dir.resolve("docs/b.txt"), CLEAN);
        Files.writeString(dir.resolve("docs/c.csv"), SPUN);
        JsonNode report = json(run("", "check", "--format", "json", "--fail-on", "never", dir.resolve("docs").toString()).out());
        assertEquals(2, report.get("documents").size());
        JsonNode fromStdin = json(run(SPUN, "check", "--format", "json", "-").out());
        assertEquals("-", fromStdin.get("documents").get(0).get("path").asText());
        assertEquals(2, fromStdin.get("documents").get(0).get("findings").size());
    }

    @Test
    void textReportShowsLocationPhraseAndFix() throws Exception {
        Path spun = write("spun.txt", SPUN);
        CliRun r = run("", "check", "--color", "never", spun.toString());
        assertTrue(r.out().contains("spun.txt:1:19: error spinner-synonym \u201Clocal weather exchange\u201D \u2192 \u201Cclimate change\u201D"), r.out());
        assertTrue(r.out().contains("\u00BBlocal weather exchange\u00AB"), r.out());
        assertFalse(r.out().contains("\u001B["), "no colour when not asked for");
        assertTrue(r.out().contains("by category: spinner-synonym 2"), r.out());
        assertTrue(r.out().contains("by rule: test/court-docket 1, test/local-weather-exchange 1"), r.out());
    }

    @Test
    void htmlReportIsWrittenToTheOutputFile() throws Exception {
        Path spun = write("spun.txt", SPUN);
        Path html = dir.resolve("report.html");
        CliRun r = run("", "check", "--format", "html", "-o", html.toString(), spun.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertEquals(2, page.split("<mark ", -1).length - 1, page);
        assertTrue(page.contains("<ins>climate change</ins>"), page);
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path spun = write("spun.txt", SPUN);
        assertEquals(2, run("", "check", "--format", "xml", spun.toString()).code());
        assertEquals(2, run("", "check", "--fail-on", "sometimes", spun.toString()).code());
        assertEquals(2, run("", "check", "--source-language", "german", spun.toString()).code());
        assertEquals(2, run("", "check").code());
    }

    private static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }

}
