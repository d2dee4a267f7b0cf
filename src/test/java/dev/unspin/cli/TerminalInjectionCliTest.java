package dev.unspin.cli;

import dev.unspin.fixtures.TestRules;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document (and a file name) carrying terminal escape sequences: clear screen, an OSC window
 * title, cursor moves, a bidi override. None reaches the terminal raw in any human-facing output
 * (the text, Markdown and GitHub reports, standard error); each is shown as a visible escape.
 */
class TerminalInjectionCliTest {
    private static final String CLEAR = "\u001B[2J";
    private static final String TITLE = "\u001B]0;owned\u0007";
    private static final String UP = "\u001B[3A\u001B[2K";
    private static final String RLO = "\u202E";

    @TempDir
    Path dir;
    private Path rules;

    @BeforeEach
    void writeRules() throws Exception {
        rules = TestRules.copyInto(dir);
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--rules", rules.toString(), "--detectors", "dictionary", "--fail-on", "never"));
        return CliRun.of("", all);
    }

    private static void assertNoControlCharacter(String output) {
        output.chars().forEach(c -> assertFalse(c == 0x1B || c == 0x07 || c == 0x0D || c == 0x202E || (c >= 0x80 && c <= 0x9F),
                () -> "raw control character U+" + Integer.toHexString(c) + " in:\n" + output));
    }

    private Path hostileDocument() throws Exception {
        Path file = dir.resolve("evil" + CLEAR + "name.txt");
        Files.writeString(file, "Intro " + CLEAR + TITLE + " Leaders discussed local weather exchange" + UP
                + " and court " + RLO + "docket rulings.\r\n");
        return file;
    }

    @Test
    void theTextReportShowsEscapeSequencesFromTheDocumentAndItsNameAsText() throws Exception {
        CliRun run = run("check", hostileDocument().toString());
        assertEquals(0, run.code(), run.err());
        assertNoControlCharacter(run.out());
        assertTrue(run.out().contains("evil\\u001B[2Jname.txt:1:"), run.out());
        assertTrue(run.out().contains("Intro \\u001B[2J\\u001B]0;owned\\u0007 Leaders discussed"), run.out());
        assertTrue(run.out().contains("exchange\u00AB\\u001B[3A\\u001B[2K and court \\u202Edocket"), run.out());
    }

    @Test
    void theMarkdownAndGithubReportsEscapeThemToo() throws Exception {
        Path file = hostileDocument();
        for (String format : List.of("markdown", "github")) {
            CliRun run = run("check", "-f", format, file.toString());
            assertEquals(0, run.code(), run.err());
            assertNoControlCharacter(run.out());
            assertTrue(run.out().contains("\\u001B[2J"), run.out());
        }
    }

    @Test
    void standardErrorEscapesAFileNameItEchoes() throws Exception {
        Path empty = dir.resolve("empty" + TITLE + RLO + ".txt");
        Files.writeString(empty, "");
        CliRun run = run("check", empty.toString());
        assertEquals(2, run.code());
        assertNoControlCharacter(run.err());
        assertTrue(run.err().contains("empty\\u001B]0;owned\\u0007\\u202E.txt: empty file"), run.err());
    }
}
