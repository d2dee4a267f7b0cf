package dev.unspin.cli;

import dev.unspin.fix.FileSnapshot;
import dev.unspin.input.InputProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fix command end to end: output modes, stdin, bad input, exit codes, Markdown and HTML kept intact. */
class FixCommandTest {
    private static final String DICT = """
            id: test/local-weather-exchange
            spun: local weather exchange
            fix: climate change
            category: spinner-synonym
            confidence: 0.95
            flag: They discussed local weather exchange.
            pass: The local weather was fine.

            id: test/synthetic-intelligence
            spun: synthetic intelligence
            fix: artificial intelligence
            category: spinner-synonym
            confidence: 0.95
            flag: They built a synthetic intelligence.
            pass: They used synthetic rubber.

            id: test/court-docket
            spun: court docket
            fix: court
            category: spinner-synonym
            confidence: 0.55
            flag: The court docket rulings irked Japan.
            pass: The court adjourned.

            id: test/nuclear-fingers
            spun: nuclear fingers
            fix: nuclear arms | nuclear weapons
            category: spinner-synonym
            confidence: 0.95
            flag: It funds its nuclear fingers program.
            pass: Nuclear physicists have fingers.
            """;
    private static final String SPUN = "Leaders discussed local weather exchange and court docket rulings.\n";
    private static final String FIXED = "Leaders discussed climate change and court docket rulings.\n";

    @TempDir
    Path dir;
    private Path rules;

    @BeforeEach
    void writeRules() throws Exception {
        rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("dictionary"));
        Files.writeString(rules.resolve("dictionary/test.dict"), DICT);
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
    void printsTheFixedTextOfOneFileAndLeavesTheFileAlone() throws Exception {
        Path file = write("spun.txt", SPUN);
        CliRun r = run("", "fix", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(FIXED, r.out());
        assertEquals("", r.err());
        assertEquals(SPUN, Files.readString(file));
    }

    @Test
    void theThresholdIsFixsOwnAndCanBeLowered() throws Exception {
        Path file = write("spun.txt", SPUN);
        assertEquals("Leaders discussed climate change and court rulings.\n",
                run("", "fix", "--min-confidence", "0.5", file.toString()).out());
        assertEquals(2, run("", "fix", "--min-confidence", "1.5", file.toString()).code());
    }

    @Test
    void findingsWithSeveralSuggestionsAreLeft() throws Exception {
        Path file = write("arms.txt", "It funds its nuclear fingers program and local weather exchange work.\n");
        CliRun r = run("", "fix", "--in-place", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("It funds its nuclear fingers program and climate change work.\n", Files.readString(file));
        assertEquals(file + ": 1 fix applied, 1 finding left without a safe fix\n", r.err());
    }

    @Test
    void severalInputsNeedDryRunOrInPlace() throws Exception {
        Path a = write("a.txt", SPUN);
        Path b = write("b.txt", SPUN);
        CliRun r = run("", "fix", a.toString(), b.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--dry-run") && r.err().contains("--in-place"), r.err());
        assertEquals("", r.out());
        assertEquals(SPUN, Files.readString(a));
        assertEquals(2, run("", "fix", "--dry-run", "--in-place", a.toString()).code());
        assertEquals(2, run("", "fix", "-", "-").code());
    }

    @Test
    void dryRunPrintsADiffOfEveryFileAndChangesNothing() throws Exception {
        Path a = write("a.txt", SPUN);
        Path b = write("b.txt", "Nothing to fix here.\n");
        Path c = write("c.txt", "One\nTwo\nThree\nFour\nWe discussed local weather exchange.\n");
        CliRun r = run("", "fix", "--dry-run", a.toString(), b.toString(), c.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("--- a/" + a + "\n+++ b/" + a + "\n@@ -1,1 +1,1 @@\n-" + SPUN + "+" + FIXED
                + "--- a/" + c + "\n+++ b/" + c + "\n@@ -2,4 +2,4 @@\n Two\n Three\n Four\n"
                + "-We discussed local weather exchange.\n+We discussed climate change.\n", r.out());
        assertEquals("", r.err());
        assertEquals(SPUN, Files.readString(a));
    }

    @Test
    void inPlaceRewritesEachFileAndSummarisesOnStderr() throws Exception {
        Path a = write("a.txt", SPUN);
        Path b = write("b.txt", "Nothing to fix here.\n");
        CliRun r = run("", "fix", "--in-place", a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(FIXED, Files.readString(a));
        assertEquals("Nothing to fix here.\n", Files.readString(b));
        assertEquals(a + ": 1 fix applied, 1 finding left without a safe fix\n"
                + b + ": 0 fixes applied, 0 findings left without a safe fix\n", r.err());
    }

    @Test
    void theArticleBeforeAFixAgreesWithItInEveryMode() throws Exception {
        String spun = "A synthetic intelligence lab hired a synthetic intelligence expert.\n";
        String fixed = "An artificial intelligence lab hired an artificial intelligence expert.\n";
        Path a = write("a.txt", spun);
        CliRun printed = run("", "fix", a.toString());
        assertEquals(fixed, printed.out(), printed.err());
        CliRun diff = run("", "fix", "--dry-run", a.toString());
        assertEquals("--- a/" + a + "\n+++ b/" + a + "\n@@ -1,1 +1,1 @@\n-" + spun + "+" + fixed, diff.out());
        CliRun inPlace = run("", "fix", "--in-place", a.toString());
        assertEquals(a + ": 2 fixes applied, 0 findings left without a safe fix\n", inPlace.err());
        assertEquals(fixed, Files.readString(a));
    }

    @Test
    void standardInputIsFixedToStandardOutput() {
        CliRun r = run(SPUN, "fix", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals(FIXED, r.out());
        CliRun inPlace = run(SPUN, "fix", "--in-place", "-");
        assertEquals(FIXED, inPlace.out());
        assertEquals("-: 1 fix applied, 1 finding left without a safe fix\n", inPlace.err());
        CliRun diff = run(SPUN, "fix", "--dry-run", "-");
        assertEquals("--- a/-\n+++ b/-\n@@ -1,1 +1,1 @@\n-" + SPUN + "+" + FIXED, diff.out());
    }

    @Test
    void badInputsAreNamedOneLineEachAndTheOthersStillFixed() throws Exception {
        Path good = write("good.txt", SPUN);
        Path empty = write("empty.txt", "");
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[]{'a', 0, 'b'});
        CliRun r = run("", "fix", "--in-place", dir.resolve("missing.txt").toString(), empty.toString(), binary.toString(),
                good.toString());
        assertEquals(2, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals(4, lines.size(), r.err());
        assertEquals("unspin: " + dir.resolve("missing.txt") + ": no such file or directory", lines.get(0));
        assertTrue(r.err().contains("unspin: " + empty + ": empty file"), r.err());
        assertTrue(r.err().contains("unspin: " + binary + ": binary file"), r.err());
        assertTrue(r.err().contains(good + ": 1 fix applied"), r.err());
        assertEquals(FIXED, Files.readString(good));
        CliRun single = run("", "fix", dir.resolve("missing.txt").toString());
        assertEquals(2, single.code());
        assertEquals("", single.out());
    }

    @Test
    void aFileChangedSinceItWasReadIsNotRewritten() throws Exception {
        Path file = write("doc.txt", SPUN);
        FileSnapshot snapshot = FileSnapshot.read(file).snapshot();
        Files.writeString(file, "An edit made meanwhile.\n");
        InputProblem problem = FixCommand.rewrite("doc.txt", snapshot, FIXED);
        assertEquals("doc.txt: changed since it was read; not rewritten", problem.toString());
        assertEquals("An edit made meanwhile.\n", Files.readString(file));
        assertNull(FixCommand.rewrite("doc.txt", FileSnapshot.read(file).snapshot(), FIXED));
        assertEquals(FIXED, Files.readString(file));
    }

    @Test
    void markdownCodeUrlsAndFrontMatterSurvive() throws Exception {
        String text = """
                ---
                title: local weather exchange
                ---
                # On local weather exchange

                Read [local weather exchange](https://example.com/local weather exchange) and `local weather exchange`.
                Or <https://example.com/local-weather-exchange>, <span title="local weather exchange">local weather exchange</span>.

                ```
                local weather exchange
                ```

                    local weather exchange

                ~~~text
                local weather exchange
                ~~~
                Done: local weather exchange.
                """;
        Path file = write("doc.md", text);
        CliRun r = run("", "fix", "--in-place", file.toString());
        assertEquals(0, r.code(), r.err());
        String expected = text
                .replace("# On local weather exchange", "# On climate change")
                .replace("Read [local weather exchange]", "Read [climate change]")
                .replace("\">local weather exchange</span>", "\">climate change</span>")
                .replace("Done: local weather exchange.", "Done: climate change.");
        assertEquals(expected, Files.readString(file));
        assertTrue(r.err().startsWith(file + ": 4 fixes applied, "), r.err());
    }

    @Test
    void htmlTagsScriptsAndCodeSurvive() throws Exception {
        String text = "<html><head><title>local weather exchange</title><script>var s = 'local weather exchange';</script></head>\n"
                + "<body><p title=\"local weather exchange\">On local weather exchange.</p>"
                + "<pre>local weather exchange</pre><code>local weather exchange</code></body></html>\n";
        Path file = write("page.html", text);
        CliRun r = run("", "fix", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(text.replace("<title>local weather exchange", "<title>climate change")
                .replace("On local weather exchange.", "On climate change."), r.out());
    }

}
