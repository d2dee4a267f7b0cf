package dev.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inline suppression comments in Markdown and HTML, with the packaged dictionary; ignored in plain text and code. */
class SuppressionCliTest {
    private static final String MARKDOWN = """
            # Notes

            Officials discussed local weather exchange today.
            <!-- unspin-disable -->
            Officials discussed local weather exchange again.
            <!-- unspin-enable -->
            Officials discussed the nuclear fingers program.

            <!-- unspin-disable-next-line spinner-a-h/local-weather-exchange -->
            Officials discussed local weather exchange and the nuclear fingers program.

            ```
            <!-- unspin-disable -->
            ```
            Use `<!-- unspin-disable -->` to stop it. Officials discussed local weather exchange at last.
            """;

    private static List<String> lines(CliRun run) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode doc : new ObjectMapper().readTree(run.out()).get("documents")) {
            for (JsonNode f : doc.get("findings")) {
                out.add(f.get("line").asInt() + " " + f.get("text").asText());
            }
        }
        return out;
    }

    private static CliRun check(String text, String name) {
        return CliRun.of(text, List.of("check", "--format", "json", "--detectors", "dictionary", "--stdin-filename", name, "-"));
    }

    @Test
    void markdownCommentsSuppressButNotInCode() throws Exception {
        assertEquals(List.of("3 local weather exchange", "7 nuclear fingers", "10 nuclear fingers", "15 local weather exchange"),
                lines(check(MARKDOWN, "notes.md")));
    }

    @Test
    void htmlCommentsSuppressButNotInScriptOrTextarea() throws Exception {
        String html = """
                <p>Officials discussed local weather exchange today.</p>
                <!-- unspin-disable tortured-phrase spinner-synonym -->
                <p>Officials discussed local weather exchange again.</p>
                <!-- unspin-enable spinner-synonym -->
                <p>Officials discussed the nuclear fingers program.</p>
                <p><!-- unspin-disable-next-line --></p>
                <p>Officials discussed local weather exchange and the nuclear fingers program.</p>
                <textarea><!-- unspin-disable --></textarea>
                <p>Officials discussed local weather exchange at last.</p>
                """;
        assertEquals(List.of("1 local weather exchange", "5 nuclear fingers", "9 local weather exchange"),
                lines(check(html, "page.html")));
    }

    @Test
    void plainTextHasNoSuppressionComments() throws Exception {
        assertEquals(List.of("3 local weather exchange", "5 local weather exchange", "7 nuclear fingers",
                        "10 local weather exchange", "10 nuclear fingers", "15 local weather exchange"),
                lines(check(MARKDOWN, "notes.txt")));
    }

    @Test
    void fixLeavesSuppressedPhrasesAlone() {
        CliRun run = CliRun.of(MARKDOWN, List.of("fix", "--detectors", "dictionary", "--stdin-filename", "notes.md", "-"));
        assertEquals(0, run.code(), run.err());
        assertEquals(MARKDOWN.replace("exchange today", "XX").replace("exchange at last", "YY")
                        .replace("nuclear fingers", "nuclear arms")
                        .replace("local weather XX", "climate change today").replace("local weather YY", "climate change at last"),
                run.out());
    }
}
