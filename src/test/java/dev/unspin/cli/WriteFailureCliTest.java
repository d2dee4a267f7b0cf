package dev.unspin.cli;

import dev.unspin.fixtures.TestRules;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A failed write is exit 2 with a message naming the target, never exit 0 with a truncated
 * output: standard output on a full disk (a stream that fails, as {@code > /dev/full} does) for
 * every command, and {@code -o} files ({@code /dev/full} itself, a missing folder).
 */
class WriteFailureCliTest {
    private static final Path DEV_FULL = Path.of("/dev/full");

    @TempDir
    Path dir;
    private Path rules;
    private Path spun;

    @BeforeEach
    void setUp() throws IOException {
        rules = TestRules.copyInto(dir);
        spun = dir.resolve("spun.txt");
        Files.writeString(spun, TestRules.SPUN);
    }

    /** Standard output on a full disk: every write fails with ENOSPC's message. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private CliRun onFullDisk(String stdin, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new FullDisk(), err,
                withRules(args));
        return new CliRun(code, "", err.toString(StandardCharsets.UTF_8));
    }

    private String[] withRules(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!args[0].equals("config")) {
            all.addAll(List.of("--rules", rules.toString()));
        }
        if (!args[0].equals("config") && !args[0].equals("rules")) {
            all.addAll(List.of("--detectors", "dictionary"));
        }
        return all.toArray(String[]::new);
    }

    private static void assertStdoutFailure(CliRun run) {
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("unspin: standard output: write failed: No space left on device"), run.err());
    }

    @Test
    void fixToAFullStandardOutputIsExit2NotATruncatedFile() {
        assertStdoutFailure(onFullDisk(TestRules.SPUN, "fix", "-"));
        assertStdoutFailure(onFullDisk("", "fix", spun.toString()));
        assertStdoutFailure(onFullDisk("", "fix", "--dry-run", spun.toString()));
    }

    @Test
    void everyReportCommandChecksStandardOutput() {
        assertStdoutFailure(onFullDisk("", "check", "--fail-on", "never", spun.toString()));
        assertStdoutFailure(onFullDisk("", "check", "-f", "json", spun.toString()));
        assertStdoutFailure(onFullDisk("", "config", dir.toString()));
        assertStdoutFailure(onFullDisk("", "rules", "list"));
    }

    @Test
    void aReportToAFullDeviceIsExit2NamingIt() {
        assumeTrue(Files.isWritable(DEV_FULL), "/dev/full (Linux)");
        CliRun run = CliRun.of("", List.of(withRules("check", "-f", "html", "-o", DEV_FULL.toString(), spun.toString())));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("unspin: /dev/full: cannot write: No space left on device"), run.err());
        CliRun baseline = CliRun.of("", List.of(withRules("baseline", "-o", DEV_FULL.toString(), spun.toString())));
        assertEquals(2, baseline.code(), baseline.err());
        assertTrue(baseline.err().contains("unspin: /dev/full: cannot write: No space left on device"), baseline.err());
    }

    @Test
    void aReportIntoAMissingFolderNamesThePathAndTheProblem() {
        Path report = dir.resolve("no-such-folder").resolve("report.html");
        CliRun run = CliRun.of("", List.of(withRules("check", "-f", "html", "-o", report.toString(), spun.toString())));
        assertEquals(2, run.code(), run.err());
        assertEquals("unspin: " + report + ": cannot write: no such folder\n", run.err());
        assertFalse(Files.exists(report.getParent()));
    }

    @Test
    void aReportIntoAFolderNamesTheProblem() {
        CliRun run = CliRun.of("", List.of(withRules("check", "-o", dir.toString(), spun.toString())));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith("unspin: " + dir + ": cannot write: "), run.err());
        assertFalse(run.err().trim().endsWith(": "), run.err());
    }

    @Test
    void aWrittenReportReplacesTheOldOneAndLeavesNoTemporaryFile() throws IOException {
        Path report = dir.resolve("out").resolve("report.json");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "old");
        CliRun run = CliRun.of("", List.of(withRules("check", "-f", "json", "--fail-on", "never", "-o", report.toString(),
                spun.toString())));
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(report).contains("weather exchange"));
        try (var files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList());
        }
    }
}
