package dev.unspin.fix;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnifiedDiffTest {
    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@");

    @TempDir
    Path dir;

    private static String numbered(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            text.append("line ").append(i).append(" text\n");
        }
        return text.toString();
    }

    private static Replacement replace(String text, String old, String with) {
        int at = text.indexOf(old);
        return new Replacement(at, at + old.length(), with);
    }

    @Test
    void oneChangedLineHasThreeLinesOfContext() {
        String text = numbered(10);
        assertEquals("""
                --- a/doc.txt
                +++ b/doc.txt
                @@ -2,7 +2,7 @@
                 line 2 text
                 line 3 text
                 line 4 text
                -line 5 text
                +line 5 words
                 line 6 text
                 line 7 text
                 line 8 text
                """, UnifiedDiff.of("doc.txt", text, List.of(replace(text, "5 text", "5 words"))));
    }

    @Test
    void distantChangesMakeSeparateHunksWithShiftedNewLineNumbers() {
        String text = numbered(20);
        String diff = UnifiedDiff.of("doc.txt", text, List.of(
                replace(text, "line 2 text", "line 2\nsplit"), replace(text, "line 15 text\n", "")));
        assertEquals("""
                --- a/doc.txt
                +++ b/doc.txt
                @@ -1,5 +1,6 @@
                 line 1 text
                -line 2 text
                +line 2
                +split
                 line 3 text
                 line 4 text
                 line 5 text
                @@ -12,7 +13,6 @@
                 line 12 text
                 line 13 text
                 line 14 text
                -line 15 text
                 line 16 text
                 line 17 text
                 line 18 text
                """, diff);
    }

    @Test
    void changesOnConsecutiveLinesListRemovedLinesFirst() {
        String text = numbered(4);
        assertEquals("""
                --- a/doc.txt
                +++ b/doc.txt
                @@ -1,4 +1,4 @@
                 line 1 text
                -line 2 text
                -line 3 text
                +line 2 x
                +line 3 x
                 line 4 text
                """, UnifiedDiff.of("doc.txt", text, List.of(replace(text, "2 text", "2 x"), replace(text, "3 text", "3 x"))));
    }

    @Test
    void changesSixLinesApartShareAHunk() {
        String text = numbered(12);
        String diff = UnifiedDiff.of("doc.txt", text, List.of(replace(text, "2 text", "2 x"), replace(text, "9 text", "9 x")));
        assertEquals(1, count(diff, "@@ -"), diff);
        assertTrue(diff.contains("@@ -1,12 +1,12 @@"), diff);
        String apart = UnifiedDiff.of("doc.txt", text, List.of(replace(text, "2 text", "2 x"), replace(text, "10 text", "10 x")));
        assertEquals(2, count(apart, "@@ -"), apart);
    }

    @Test
    void aFixAcrossALineBreakJoinsTheLines() {
        String text = "one\ntwo local\nweather exchange three\nfour\n";
        String diff = UnifiedDiff.of("doc.txt", text, List.of(replace(text, "local\nweather exchange", "climate change")));
        assertEquals("""
                --- a/doc.txt
                +++ b/doc.txt
                @@ -1,4 +1,3 @@
                 one
                -two local
                -weather exchange three
                +two climate change three
                 four
                """, diff);
        String joinsNext = "a b\nc\nd\n";
        assertEquals("""
                --- a/x
                +++ b/x
                @@ -1,3 +1,2 @@
                -a b
                -c
                +a B c
                 d
                """, UnifiedDiff.of("x", joinsNext, List.of(new Replacement(2, 4, "B "))));
    }

    @Test
    void aLastLineWithoutLineBreakIsMarked() {
        String text = "first\nsecond\nlast words";
        assertEquals("""
                --- a/doc.txt
                +++ b/doc.txt
                @@ -1,3 +1,3 @@
                 first
                 second
                -last words
                \\ No newline at end of file
                +last word
                \\ No newline at end of file
                """, UnifiedDiff.of("doc.txt", text, List.of(replace(text, "words", "word"))));
        String context = "a\nb\nc";
        assertEquals("""
                --- a/doc.txt
                +++ b/doc.txt
                @@ -1,3 +1,3 @@
                -a
                +A
                 b
                 c
                \\ No newline at end of file
                """, UnifiedDiff.of("doc.txt", context, List.of(new Replacement(0, 1, "A"))));
    }

    @Test
    void crlfLinesKeepTheirTerminatorsAndNothingChangedIsEmpty() {
        String text = "a\r\nb\r\n";
        assertEquals("--- a/w.txt\n+++ b/w.txt\n@@ -1,2 +1,2 @@\n-a\r\n+A\r\n b\r\n",
                UnifiedDiff.of("w.txt", text, List.of(new Replacement(0, 1, "A"))));
        assertEquals("", UnifiedDiff.of("w.txt", text, List.of()));
        assertEquals("", UnifiedDiff.of("w.txt", text, List.of(new Replacement(0, 1, "a"))));
    }

    @Test
    void randomDiffsApplyExactly() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            String text = randomText(random);
            List<Replacement> replacements = randomReplacements(random, text);
            String fixed = TextFixer.apply(text, replacements);
            String diff = UnifiedDiff.of("f.txt", text, replacements);
            assertEquals(fixed, applyStrictly(text, diff), () -> "text " + show(text) + "\ndiff\n" + diff);
            assertEquals(text.equals(fixed), diff.isEmpty());
        }
    }

    @Test
    void gnuPatchAppliesTheDiffs() throws Exception {
        Assumptions.assumeTrue(patchAvailable(), "patch is not installed");
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            String text = randomText(random);
            List<Replacement> replacements = randomReplacements(random, text);
            String fixed = TextFixer.apply(text, replacements);
            String diff = UnifiedDiff.of("f.txt", text, replacements);
            if (diff.isEmpty()) {
                continue;
            }
            Path file = dir.resolve("f.txt");
            Files.writeString(file, text);
            Process patch = new ProcessBuilder("patch", "-p1", "--batch", "--silent", "--fuzz=0", "--no-backup-if-mismatch")
                    .directory(dir.toFile()).redirectErrorStream(true).start();
            patch.getOutputStream().write(diff.getBytes(StandardCharsets.UTF_8));
            patch.getOutputStream().close();
            String output = new String(patch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(patch.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, patch.exitValue(), output + "\n" + diff);
            assertEquals(fixed, Files.readString(file), diff);
        }
    }

    // ---- helpers ----

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int lines = random.nextInt(25);
        String[] words = {"alpha", "beta", "gamma", "delta", "", "x"};
        for (int i = 0; i < lines; i++) {
            int n = random.nextInt(4);
            for (int w = 0; w < n; w++) {
                text.append(w > 0 ? " " : "").append(words[random.nextInt(words.length)]);
            }
            text.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        if (random.nextBoolean()) {
            text.append("tail");
        }
        return text.toString();
    }

    private static List<Replacement> randomReplacements(Random random, String text) {
        List<Replacement> replacements = new ArrayList<>();
        String[] with = {"", "X", "new words", "a\nb", "\n", "alpha", "c\r\n"};
        int at = 0;
        while (at < text.length()) {
            at += random.nextInt(Math.max(1, text.length() / 3) + 1);
            if (at >= text.length()) {
                break;
            }
            int end = Math.min(text.length(), at + 1 + random.nextInt(8));
            replacements.add(new Replacement(at, end, with[random.nextInt(with.length)]));
            at = end;
        }
        return replacements;
    }

    /** Applies a unified diff to a text, failing on any context or removed line that does not match. */
    private static String applyStrictly(String text, String diff) {
        if (diff.isEmpty()) {
            return text;
        }
        List<String> old = lines(text);
        List<String> result = new ArrayList<>();
        List<String> diffLines = lines(diff);
        assertTrue(diffLines.get(0).startsWith("--- a/") && diffLines.get(1).startsWith("+++ b/"), diff);
        int oldLine = 0;
        int i = 2;
        while (i < diffLines.size()) {
            Matcher m = HUNK.matcher(diffLines.get(i++));
            assertTrue(m.lookingAt(), diff);
            int oldStart = Integer.parseInt(m.group(1));
            int oldCount = Integer.parseInt(m.group(2));
            int newStart = Integer.parseInt(m.group(3));
            int newCount = Integer.parseInt(m.group(4));
            int hunkOld = oldCount == 0 ? oldStart : oldStart - 1;
            assertTrue(hunkOld >= oldLine, diff);
            result.addAll(old.subList(oldLine, hunkOld));
            assertEquals(newCount == 0 ? newStart : newStart - 1, result.size(), "new start in\n" + diff);
            oldLine = hunkOld;
            int seenOld = 0;
            int seenNew = 0;
            while (i < diffLines.size() && !diffLines.get(i).startsWith("@@")) {
                String line = diffLines.get(i++);
                String content = line.substring(1);
                if (i < diffLines.size() && diffLines.get(i).startsWith("\\ No newline at end of file")) {
                    content = content.substring(0, content.length() - 1);
                    i++;
                }
                switch (line.charAt(0)) {
                    case ' ' -> {
                        assertEquals(old.get(oldLine++), content, diff);
                        result.add(content);
                        seenOld++;
                        seenNew++;
                    }
                    case '-' -> {
                        assertEquals(old.get(oldLine++), content, diff);
                        seenOld++;
                    }
                    case '+' -> {
                        result.add(content);
                        seenNew++;
                    }
                    default -> throw new AssertionError("bad diff line " + show(line) + " in\n" + diff);
                }
            }
            assertEquals(oldCount, seenOld, diff);
            assertEquals(newCount, seenNew, diff);
        }
        result.addAll(old.subList(oldLine, old.size()));
        for (int k = 0; k + 1 < result.size(); k++) {
            assertTrue(result.get(k).endsWith("\n"), () -> "a line without line break before the end in\n" + diff);
        }
        return String.join("", result);
    }

    /** Lines with their terminators. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String show(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n\n");
    }

    private static boolean patchAvailable() {
        try {
            Process p = new ProcessBuilder("patch", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
