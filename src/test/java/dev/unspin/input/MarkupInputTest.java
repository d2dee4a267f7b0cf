package dev.unspin.input;

import dev.unspin.pipeline.CheckInput;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.DetectorKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Markdown and HTML are checked by their prose only, with the real engine and the packaged rules:
 * every finding in prose is reported at its exact place in the original text (UTF-16 columns),
 * nothing from code, URLs, attributes, comments or front matter.
 */
class MarkupInputTest {
    static final String MARKDOWN = """
            ---
            title: local weather exchange
            tags: [nuclear fingers]
            ---
            # Strengthening members of the family

            - Officials fear local weather exchange.
            - Café 😀 staff saw nuclear fingers near the border.

            Talks on [local weather exchange](<https://example.org/local weather exchange> "nuclear fingers") went on.

            Emphasis: *nuclear fingers* matter.

            > Japan is strengthening members of the family with Seoul.

            | topic | note |
            |---|---|
            | local weather exchange | urgent |

            ```text
            local weather exchange and nuclear fingers
            ```

            Run `local weather exchange` or see <https://example.org/nuclear-fingers>.
            """;

    static final String HTML = """
            <!DOCTYPE html>
            <html><head><title>Local weather exchange</title>
            <style>/* nuclear fingers */ p { color: red }</style></head>
            <body><h1>Strengthening members of the family</h1>
            <p class="local weather exchange">Café 😀 staff saw nuclear fingers &amp; more.</p>
            <p><a href="https://example.org/?q=local weather exchange" title="nuclear fingers">local weather exchange</a></p>
            <!-- local weather exchange -->
            <pre>local weather exchange</pre><p>Run <code>nuclear fingers</code> now.</p>
            <script>var s = "local weather exchange";</script>
            <ul><li>Officials fear <em>nuclear fingers</em>.</li></ul>
            </body></html>
            """;

    private static CheckPipeline engine;

    @BeforeAll
    static void createEngine() {
        engine = CheckPipeline.builder().detectors(EnumSet.of(DetectorKind.DICTIONARY)).build();
    }

    /** Each finding as "line:column-endLine:endColumn start-end text". */
    static List<String> found(String name, String text) {
        Document document = new Document(name, text, InputFormat.of(name).prose(text));
        List<Finding> findings = engine.check(CheckInput.of(name, text, InputFormat.of(name))).findings();
        return findings.stream().map(f -> {
            var lines = document.lineIndex();
            return lines.line(f.start()) + ":" + lines.column(f.start()) + "-" + lines.line(f.end()) + ":"
                    + lines.column(f.end()) + " " + f.start() + "-" + f.end() + " " + text.substring(f.start(), f.end());
        }).toList();
    }

    @Test
    void markdownProseIsFoundAtItsExactPlaceAndNothingElse() {
        assertEquals(List.of(
                "5:17-5:38 78-99 members of the family",                 // heading
                "7:18-7:40 118-140 local weather exchange",              // list item
                "8:21-8:36 162-177 nuclear fingers",                     // list item after é and an emoji
                "10:11-10:33 206-228 local weather exchange",            // link text
                "12:12-12:27 315-330 nuclear fingers",                   // emphasis
                "14:26-14:47 366-387 members of the family",             // block quote
                "18:3-18:25 430-452 local weather exchange"),            // table cell
                found("doc.md", MARKDOWN));
    }

    @Test
    void htmlTextIsFoundAtItsExactPlaceAndNothingElse() {
        assertEquals(List.of(
                "2:20-2:42 35-57 Local weather exchange",                // title
                "4:25-4:46 151-172 members of the family",               // heading
                "5:53-5:68 230-245 nuclear fingers",                     // paragraph after é and an emoji
                "6:84-6:106 345-367 local weather exchange",             // link text
                "10:28-10:43 564-579 nuclear fingers"),                  // list item, emphasis
                found("doc.html", HTML));
    }

    @Test
    void asPlainTextTheSameTextsShowTheirCodeAndUrlsToo() {
        assertEquals(14, found("doc.txt", MARKDOWN).size());
        assertEquals(found("doc.md", MARKDOWN), found("doc.markdown", MARKDOWN));
        assertEquals(found("doc.html", HTML), found("doc.htm", HTML));
    }

    @Test
    void aBlockEndsASentence() {
        String heading = "# Talks on local weather\nexchange rates rose.\n";
        assertEquals(List.of(), found("doc.md", heading));
        assertEquals(List.of("1:12-2:9 11-33 local weather\nexchange"), found("doc.txt", heading));
        assertEquals(List.of(), found("doc.md", "| local weather | exchange |\n|---|---|\n| a | b |\n"));
        assertEquals(List.of(), found("doc.html", "<p>Talks on local weather</p><p>exchange rates rose.</p>"));
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkKeepLinesAndColumns() {
        List<String> lf = found("doc.md", MARKDOWN).stream().map(f -> f.split(" ")[0]).toList();
        List<String> crlf = found("doc.md", MARKDOWN.replace("\n", "\r\n")).stream().map(f -> f.split(" ")[0]).toList();
        assertEquals(lf, crlf);
        assertEquals(found("doc.html", HTML).stream().map(f -> f.split(" ")[0]).toList(),
                found("doc.html", HTML.replace("\n", "\r\n")).stream().map(f -> f.split(" ")[0]).toList());
        assertEquals(List.of("1:18-1:39 17-38 members of the family"),
                found("doc.md", "\uFEFF# Strengthening members of the family\n\n`nuclear fingers`\n"));
    }

    @Test
    void aMarkdownHtmlBlockIsNotProseAsTheReadmeSays() {
        String text = """
                Intro.

                <div class="local weather exchange">
                <p>Strengthening members of the family</p>
                <!-- nuclear fingers -->
                </div>

                <script>var s = "local weather exchange";</script>

                Inline <span title="nuclear fingers">raw</span> HTML.
                """;
        assertEquals(List.of(), found("doc.md", text));
        assertEquals(List.of("4:18-4:39 62-83 members of the family"), found("doc.html", text));
    }

    @Test
    void textInInlineHtmlCodeIsNotProseInMarkdownEither() {
        assertEquals(List.of(), found("doc.md", "a <code>local weather exchange</code> b\n"));
        assertEquals(List.of(), found("doc.md", "Press <kbd>nuclear <b>fingers</b></kbd> or <samp>local weather exchange</samp>.\n"));
        assertEquals(List.of("1:39-1:61 38-60 local weather exchange"),
                found("doc.md", "Run <code>x</code> <br/> then see the local weather exchange.\n"));
        assertEquals(List.of("3:1-3:23 12-34 local weather exchange"),
                found("doc.md", "An <code>a\n\nlocal weather exchange b.\n"));
    }
}
