package dev.unspin.cli;

import dev.unspin.fixtures.TestRules;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the file system can hand check, fix and baseline: named pipes, symbolic link loops, trees too
 * deep to walk, read-only and hard-linked files, stale temporary files, an input whose processing
 * throws an Error, nothing to check at all; one bad input never stops the others.
 */
class FileSystemInputsCliTest {
    private static final String FIXED = "Leaders discussed climate change and court rulings.\n";
    private static final String SUMMARY = ": 2 fixes applied, 0 findings left without a safe fix\n";

    @TempDir
    Path dir;
    private Path rules;

    @BeforeEach
    void copyRules() throws IOException {
        rules = TestRules.copyInto(dir);
    }

    private CliRun run(String... args) {
        return CliRun.of("", withRules(args));
    }

    private List<String> withRules(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--rules", rules.toString(), "--detectors", "dictionary"));
        return all;
    }

    private Path write(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, TestRules.SPUN);
        return file;
    }

    private static void shell(Path in, String script) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("sh", "-c", script).directory(in.toFile()).redirectErrorStream(true).start();
        } catch (IOException noShell) {
            Assumptions.abort("no sh here");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        Assumptions.assumeTrue(process.exitValue() == 0, () -> "cannot run: " + script + ": " + output);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard: opening a pipe would wait for a writer forever
    void aNamedPipeIsRefusedUnopenedAndTheOtherFilesAreChecked() throws Exception {
        shell(dir, "mkfifo pipe");
        Path good = write("good.txt");
        CliRun check = run("check", dir.resolve("pipe").toString(), good.toString());
        assertEquals(2, check.code());
        assertEquals("unspin: " + dir.resolve("pipe") + ": not a regular file\n", check.err());
        assertTrue(check.out().contains("1 document checked"), check.out());
        CliRun fix = run("fix", "--in-place", dir.resolve("pipe").toString(), good.toString());
        assertEquals(2, fix.code());
        assertTrue(fix.err().startsWith("unspin: " + dir.resolve("pipe") + ": not a regular file\n"), fix.err());
        assertEquals(FIXED, Files.readString(good));
    }

    @Test
    void aSymbolicLinkLoopIsCalledOne() throws Exception {
        Path loop = dir.resolve("loop");
        try {
            Files.createSymbolicLink(loop, loop.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here");
        }
        Files.createSymbolicLink(dir.resolve("dangling"), Path.of("gone.txt"));
        CliRun r = run("check", loop.toString(), dir.resolve("dangling").toString(), write("good.txt").toString());
        assertEquals(2, r.code());
        assertEquals("unspin: " + loop + ": symbolic link loop\n"
                + "unspin: " + dir.resolve("dangling") + ": symbolic link to a missing file (gone.txt)\n", r.err());
        assertTrue(r.out().contains("1 document checked"), r.out());
    }

    /**
     * Nests {@code levels} folders named {@code name} under {@code parent}, with deep.txt at the bottom, by
     * renaming the top folder into a new one each time: no path used is long, though the tree is.
     */
    private static void nest(Path parent, String name, int levels) throws IOException {
        Path top = Files.createDirectory(parent.resolve(name));
        Files.writeString(top.resolve("deep.txt"), TestRules.SPUN);
        Path wrapper = parent.resolve("wrapper");
        for (int i = 1; i < levels; i++) {
            Files.createDirectory(wrapper);
            Files.move(top, wrapper.resolve(name));
            Files.move(wrapper, top);
        }
    }

    /** Removes what {@link #nest} made, from the top, the same way: a tree past the path limit cannot be deleted by path. */
    private static void unnest(Path parent, String name) throws IOException {
        Path top = parent.resolve(name);
        Path lifted = parent.resolve("lifted");
        while (Files.isDirectory(top.resolve(name))) {
            Files.move(top.resolve(name), lifted);
            Files.delete(top);
            Files.move(lifted, top);
        }
        Files.delete(top.resolve("deep.txt"));
        Files.delete(top);
    }

    @Test
    void aTreeDeeperThanThePathLimitIsSkippedWhereItCannotBeReadAndTheRestChecked() throws Exception {
        Path tree = dir.resolve("docs");
        Path top = write("docs/top.txt");
        Path after = write("docs/zz/after.txt");
        String name = "d".repeat(200);
        nest(tree, name, 30); // 30 folders of 200 characters: past Linux's 4096-byte path limit (and most others')
        try {
            CliRun r = run("check", tree.toString());
            assertEquals(2, r.code(), r.err());
            List<String> problems = r.err().lines().toList();
            assertEquals(1, problems.size(), r.err());
            assertTrue(problems.get(0).startsWith("unspin: " + tree.resolve(name)), problems.get(0));
            assertTrue(problems.get(0).contains(": skipped, cannot be read: "), problems.get(0));
            assertTrue(r.out().contains(top + ":") && r.out().contains(after + ":"), r.out());
            assertTrue(r.out().contains("2 documents checked"), r.out());
        } finally {
            unnest(tree, name);
        }
    }

    @Test
    void readOnlyAndHardLinkedFilesAreNotRewrittenAndTheOthersAre() throws Exception {
        Path readOnly = write("readonly.txt");
        Assumptions.assumeTrue(readOnly.toFile().setReadOnly(), "cannot make a file read-only here");
        Path linked = write("notes.md");
        Path link = Files.createLink(dir.resolve("notes-link.md"), linked);
        Path good = write("good.txt");
        CliRun r = run("fix", "--in-place", readOnly.toString(), linked.toString(), good.toString());
        assertEquals(2, r.code());
        assertEquals("unspin: " + readOnly + ": read-only; not rewritten\n"
                + "unspin: " + linked + ": has 2 hard links; not rewritten (rewriting would split them); use --in-place on a"
                + " copy or fix it by hand\n"
                + good + SUMMARY, r.err());
        assertEquals(TestRules.SPUN, Files.readString(readOnly));
        assertFalse(Files.isWritable(readOnly) && readOnly.toFile().canWrite() && Files.getPosixFilePermissions(readOnly).size() > 3,
                "still read-only");
        assertEquals(TestRules.SPUN, Files.readString(linked));
        assertTrue(Files.isSameFile(linked, link));
        assertEquals(FIXED, Files.readString(good));
    }

    @Test
    void aStaleTemporaryFileFromAnInterruptedRewriteIsRemovedOnTheNextRun() throws Exception {
        Path file = write("notes.md");
        Path stale = dir.resolve(".notes.md.8815923.unspin-tmp");
        Files.writeString(stale, "half a rewr");
        CliRun r = run("fix", "--in-place", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("unspin: " + file + ": removed .notes.md.8815923.unspin-tmp, left by an interrupted rewrite\n"
                + file + SUMMARY, r.err());
        assertFalse(Files.exists(stale));
        assertEquals(FIXED, Files.readString(file));
    }

    /** Standard input that fails the way a deeply nested document once did: with a StackOverflowError. */
    private static final class OverflowingInput extends InputStream {
        @Override
        public int read() {
            throw new StackOverflowError();
        }

        @Override
        public byte[] readAllBytes() {
            throw new StackOverflowError();
        }
    }

    private static CliRun runWithOverflowingStdin(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new OverflowingInput(), out, err, args.toArray(String[]::new));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anErrorInOneInputOfFixIsReportedAndTheOtherFilesAreStillFixed() throws Exception {
        Path a = write("a.txt");
        Path c = write("c.md");
        CliRun r = runWithOverflowingStdin(withRules("fix", "--in-place", a.toString(), "-", c.toString()));
        assertEquals(2, r.code());
        assertEquals(a + SUMMARY
                + "unspin: -: internal error while fixing: java.lang.StackOverflowError (too deeply nested?)\n"
                + c + SUMMARY, r.err());
        assertEquals(FIXED, Files.readString(a));
        assertEquals(FIXED, Files.readString(c));
    }

    @Test
    void aPathologicallyNestedMarkdownFileDoesNotStopTheFilesAfterIt() throws Exception {
        Path a = write("a.txt");
        Path nested = dir.resolve("b.md");
        Files.writeString(nested, "> ".repeat(5_000) + TestRules.SPUN); // once a StackOverflowError that aborted the run
        Path c = write("c.txt");
        CliRun r = run("fix", "--in-place", a.toString(), nested.toString(), c.toString());
        List<String> lines = r.err().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertEquals(a + SUMMARY.strip(), lines.get(0));
        assertTrue(lines.get(1).startsWith(nested + ": ") || lines.get(1).startsWith("unspin: " + nested + ": "), lines.get(1));
        assertEquals(c + SUMMARY.strip(), lines.get(2));
        assertEquals(FIXED, Files.readString(a));
        assertEquals(FIXED, Files.readString(c));
    }

    @Test
    void anErrorInOneInputOfCheckIsOneProblemLineAndTheOthersAreReported() throws Exception {
        Path a = write("a.txt");
        CliRun r = runWithOverflowingStdin(withRules("check", "-", a.toString()));
        assertEquals(2, r.code());
        assertEquals("unspin: -: internal error while checking: java.lang.StackOverflowError (too deeply nested?)\n", r.err());
        assertTrue(r.out().contains("1 document checked"), r.out());
    }

    @Test
    void nothingToCheckIsSaidAndExitsTwo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notes.rst"), TestRules.SPUN);
        String expected = "unspin: no files to check in " + empty + " (looked for .txt, .md, .html; see --extensions)\n";
        for (List<String> command : List.of(List.of("check"), List.of("fix", "--in-place"),
                List.of("baseline", "-o", dir.resolve("baseline.json").toString()))) {
            List<String> args = new ArrayList<>(command);
            args.add(empty.toString());
            CliRun r = run(args.toArray(String[]::new));
            assertEquals(2, r.code(), command + ": " + r.err());
            assertEquals(expected, r.err(), command.toString());
            assertEquals("", r.out(), command.toString());
        }
        CliRun rst = run("check", "--extensions", "adoc,md", other.toString());
        assertEquals(2, rst.code());
        assertEquals("unspin: no files to check in " + other + " (looked for .md, .adoc; see --extensions)\n", rst.err());
        assertFalse(Files.exists(dir.resolve("baseline.json")));
    }

    @Test
    void aConfidenceThatIsNotANumberFromZeroToOneIsAUsageError() throws Exception {
        Path a = write("a.txt");
        for (String command : List.of("check", "fix", "baseline")) {
            for (String value : List.of("NaN", "Infinity", "-0.1", "1.5")) {
                CliRun r = run(command, "--min-confidence", value, a.toString());
                assertEquals(2, r.code(), command + " " + value);
                assertEquals("unspin: --min-confidence must be between 0 and 1, got " + Double.parseDouble(value) + "\n", r.err(),
                        command + " " + value);
            }
        }
        assertEquals(TestRules.SPUN, Files.readString(a));
    }
}
