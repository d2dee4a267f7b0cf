package dev.unspin.cli;

import dev.unspin.fixtures.TestRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 items 9 and 6: lines and columns after lone-CR line ends and a byte order mark; UTF-16 files
 * read, fix keeps the BOM; deeply nested Markdown fixed without a crash, the other files too.
 */
class LineEndingsAndEncodingsCliTest {
    private static final String LINE_2 = "Leaders discussed local weather exchange today.";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;
    private Path rules;

    @BeforeEach
    void copyRules() throws Exception {
        rules = TestRules.copyInto(dir);
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--rules", rules.toString(), "--detectors", "dictionary"));
        if (args[0].equals("check")) {
            all.addAll(List.of("--color", "never"));
        }
        return CliRun.of("", all);
    }

    private Path write(String name, byte[] prefix, String text, Charset charset) throws Exception {
        byte[] body = text.getBytes(charset);
        byte[] all = Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return Files.write(dir.resolve(name), all);
    }

    @Test
    void aLoneCarriageReturnEndsALine() throws Exception {
        Path file = write("mac.txt", new byte[0], "A first line of text.\r" + LINE_2 + "\r", StandardCharsets.UTF_8);
        CliRun r = run("check", file.toString());
        assertTrue(r.out().contains("mac.txt:2:19: error"), r.out());
        assertTrue(r.out().contains("    Leaders discussed \u00BBlocal weather exchange\u00AB today.\n"), r.out());
    }

    @Test
    void crlfAndLfStillCountOneLineEach() throws Exception {
        Path file = write("dos.txt", new byte[0], "One.\r\nTwo.\n" + LINE_2 + "\r\n", StandardCharsets.UTF_8);
        assertTrue(run("check", file.toString()).out().contains("dos.txt:3:19: error"));
    }

    @Test
    void aUtf8ByteOrderMarkIsNotAColumnAndFixKeepsIt() throws Exception {
        Path file = write("bom.txt", UTF8_BOM, LINE_2 + "\n", StandardCharsets.UTF_8);
        CliRun check = run("check", file.toString());
        assertTrue(check.out().contains("bom.txt:1:19: error"), check.out());

        CliRun fix = run("fix", "--in-place", file.toString());
        assertEquals(0, fix.code(), fix.err());
        byte[] fixed = Files.readAllBytes(file);
        assertArrayEquals(UTF8_BOM, Arrays.copyOf(fixed, 3));
        assertEquals("Leaders discussed climate change today.\n", new String(fixed, 3, fixed.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAndFixRefusesToRewriteIt() throws Exception {
        Path little = write("le.txt", new byte[]{(byte) 0xFF, (byte) 0xFE}, "Intro.\n" + LINE_2 + "\n", StandardCharsets.UTF_16LE);
        Path big = write("be.txt", new byte[]{(byte) 0xFE, (byte) 0xFF}, LINE_2 + "\n", StandardCharsets.UTF_16BE);
        CliRun check = run("check", little.toString(), big.toString());
        assertTrue(check.out().contains("le.txt:2:19: error"), check.out() + check.err());
        assertTrue(check.out().contains("be.txt:1:19: error"), check.out() + check.err());
        assertEquals("", check.err());

        byte[] before = Files.readAllBytes(little);
        CliRun fix = run("fix", "--in-place", little.toString());
        assertEquals(2, fix.code());
        assertEquals("unspin: " + little + ": UTF-16LE text: fix writes UTF-8 only; convert it to UTF-8 first"
                + " (--dry-run shows the fixes)\n", fix.err());
        assertArrayEquals(before, Files.readAllBytes(little));
    }

    @Test
    void deeplyNestedMarkdownNeitherCrashesNorStopsTheOtherFiles() throws Exception {
        Path first = write("a.txt", new byte[0], LINE_2 + "\n", StandardCharsets.UTF_8);
        Path deep = write("b.md", new byte[0], "> ".repeat(5000) + LINE_2 + "\n\n" + LINE_2 + "\n", StandardCharsets.UTF_8);
        Path last = write("c.txt", new byte[0], LINE_2 + "\n", StandardCharsets.UTF_8);
        CliRun fix = run("fix", "--in-place", first.toString(), deep.toString(), last.toString());
        assertEquals(0, fix.code(), fix.err());
        String fixed = "Leaders discussed climate change today.\n";
        assertEquals(fixed, Files.readString(first));
        assertEquals("> ".repeat(5000) + LINE_2 + "\n\n" + fixed, Files.readString(deep));
        assertEquals(fixed, Files.readString(last));
    }
}
