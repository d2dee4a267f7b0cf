package dev.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --stdin-filename and --input-format on check and fix, with the packaged rules. */
class MarkupInputCliTest {
    private static final String MARKDOWN = """
            # Strengthening members of the family

            Café 😀 staff saw nuclear fingers, see [local weather exchange](https://example.org/?q=nuclear+fingers "nuclear fingers").

            ```
            local weather exchange
            ```
            """;

    @TempDir
    Path dir;

    private static List<String> places(CliRun run) throws Exception {
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> out = new ArrayList<>();
        for (JsonNode doc : report.get("documents")) {
            for (JsonNode f : doc.get("findings")) {
                out.add(doc.get("path").asText() + ":" + f.get("line").asInt() + ":" + f.get("column").asInt() + " "
                        + f.get("start").asInt() + "-" + f.get("end").asInt() + " " + f.get("text").asText());
            }
        }
        return out;
    }

    private static final List<String> PROSE = List.of(
            "x.md:1:17 16-37 members of the family",
            "x.md:3:19 57-72 nuclear fingers",
            "x.md:3:41 79-101 local weather exchange");

    @Test
    void stdinIsReadAsMarkdownByTheNameItIsGiven() throws Exception {
        CliRun run = CliRun.of(MARKDOWN, List.of("check", "--format", "json", "--detectors", "dictionary",
                "--stdin-filename", "x.md", "-"));
        assertEquals(1, run.code(), run.err());
        assertEquals(PROSE, places(run));
    }

    @Test
    void stdinWithoutAMarkdownNameIsPlainText() throws Exception {
        CliRun run = CliRun.of(MARKDOWN, List.of("check", "--format", "json", "--detectors", "dictionary", "-"));
        assertEquals(5, places(run).size(), run.out());
        assertTrue(places(run).stream().allMatch(p -> p.startsWith("-:")));
    }

    @Test
    void inputFormatOverridesTheExtension() throws Exception {
        Path txt = dir.resolve("x.txt");
        Files.writeString(txt, MARKDOWN);
        CliRun asMarkdown = CliRun.of("", List.of("check", "--format", "json", "--detectors", "dictionary",
                "--input-format", "markdown", txt.toString()));
        assertEquals(PROSE, places(asMarkdown).stream().map(p -> p.replace(txt.toString(), "x.md")).toList());
        Path md = dir.resolve("y.md");
        Files.writeString(md, MARKDOWN);
        CliRun asText = CliRun.of("", List.of("check", "--format", "json", "--detectors", "dictionary",
                "--input-format", "text", md.toString()));
        assertEquals(5, places(asText).size());
    }

    @Test
    void fixChangesTheProseAndLeavesCodeAndUrlsAlone() {
        CliRun run = CliRun.of(MARKDOWN, List.of("fix", "--detectors", "dictionary", "--stdin-filename", "x.md", "-"));
        assertEquals(0, run.code(), run.err());
        assertEquals(MARKDOWN.replace("members of the family", "relations")
                .replace("staff saw nuclear fingers", "staff saw nuclear arms")
                .replace("[local weather exchange]", "[climate change]"), run.out());
    }
}
