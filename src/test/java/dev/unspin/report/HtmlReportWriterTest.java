package dev.unspin.report;

import dev.unspin.pipeline.CheckInput;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.engine.Category;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.Severity;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.SpinScorer;
import dev.unspin.input.InputProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report: marks, escaping, the accept view, the index, no network references, size. */
class HtmlReportWriterTest {
    private static final Pattern MARK = Pattern.compile(
            "<mark id=\"(d\\d+-f\\d+)\" class=\"(error|warning|info)\" title=\"([^\"]*)\">(.*?)</mark>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<div class=\"text\">(.*?)</div>", Pattern.DOTALL);
    private static final String SAMPLE = "samples/spun-news-2023-05-03.txt";

    private static CheckPipeline engine;

    @BeforeAll
    static void createEngine() {
        engine = CheckPipeline.builder().detectors(EnumSet.of(DetectorKind.DICTIONARY)).build();
    }

    private static String render(RunReport report) {
        java.io.StringWriter html = new java.io.StringWriter();
        new HtmlReportWriter().write(report, new PrintWriter(html));
        return html.toString();
    }

    private static String render(DocumentResult... results) {
        return render(new RunReport("0.0-test", List.of(results), List.of()));
    }

    private static Finding finding(String text, String phrase, double confidence, String... suggestions) {
        int start = text.indexOf(phrase);
        assertTrue(start >= 0, phrase);
        return new Finding("test/" + phrase.replace(' ', '-'), Category.SPINNER_SYNONYM, Severity.forConfidence(confidence),
                confidence, start, start + phrase.length(), List.of(suggestions), "\u201C" + phrase + "\u201D looks spun.",
                DetectorKind.DICTIONARY);
    }

    private static DocumentResult result(String path, String text, double score, Finding... findings) {
        return new DocumentResult(new Document(path, text), text.split("\\s+").length, List.of(findings), score,
                SpinScorer.verdict(score));
    }

    @Test
    void aSuspectDocumentShowsWhyEscaped() {
        String text = "Leaders discussed local weather exchange today.";
        DocumentResult judged = new DocumentResult(new Document("why.txt", text), 5,
                List.of(finding(text, "local weather exchange", 0.95, "climate change")), 42.0, SpinScorer.verdict(42.0),
                List.of("1 finding: 1 dictionary", "\u201Clocal weather exchange\u201D for \u201C<climate> & change\u201D"), java.util.Map.of());
        String html = render(judged);
        assertTrue(html.contains("<ul class=\"why\"><li>1 finding: 1 dictionary</li><li>\u201Clocal weather exchange\u201D for"
                + " \u201C&lt;climate&gt; &amp; change\u201D</li></ul>"), html);
        assertTrue(!render(result("clean.txt", "seven", 0.0)).contains("class=\"why\""), "a clean document has no reasons");
    }

    private static final String TRICKY = "Leaders discussed local weather exchange & <script>alert('x')</script>\n"
            + "then counterfeit consciousness, \"quoted\", and a mystery phrase.\n";

    private static DocumentResult tricky() {
        return result("a<b>&c.txt", TRICKY, 42.0,
                finding(TRICKY, "local weather exchange", 0.95, "climate change", "weather change"),
                finding(TRICKY, "counterfeit consciousness", 0.7, "artificial intelligence"),
                finding(TRICKY, "mystery phrase", 0.55));
    }

    /** Text content of an HTML fragment: tags dropped, character references resolved. */
    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String textOf(String html, int document) {
        Matcher m = TEXT.matcher(html);
        for (int i = 0; i <= document; i++) {
            assertTrue(m.find(), "text of document " + i);
        }
        return m.group(1);
    }

    @Test
    void everyFindingIsMarkedInPlaceWithItsSuggestionRuleMessageAndConfidence() {
        DocumentResult doc = tricky();
        String html = render(doc);
        Matcher m = MARK.matcher(html);
        List<String> ids = new ArrayList<>();
        for (Finding f : doc.findings()) {
            assertTrue(m.find(), "a mark for " + f.rule());
            ids.add(m.group(1));
            assertEquals(f.severity().id(), m.group(2));
            String title = plain(m.group(3));
            assertTrue(title.contains(f.rule()), title);
            assertTrue(title.contains(f.message()), title);
            assertTrue(title.contains(String.format(java.util.Locale.ROOT, "confidence %.2f", f.confidence())), title);
            String phrase = TRICKY.substring(f.start(), f.end());
            if (f.suggestions().isEmpty()) {
                assertEquals(phrase, m.group(4));
            } else {
                assertTrue(title.contains("\u2192 " + String.join(" | ", f.suggestions())), title);
                assertEquals("<del>" + phrase + "</del><ins>" + f.suggestions().get(0) + "</ins>", m.group(4));
            }
            assertTrue(html.contains("<a href=\"#" + m.group(1) + "\">"), "the findings list links to " + m.group(1));
        }
        assertFalse(m.find(), "one mark per finding");
        assertEquals(List.of("d0-f0", "d0-f1", "d0-f2"), ids);
        assertEquals(List.of("error", "warning", "info"), doc.findings().stream().map(f -> f.severity().id()).toList());
        for (String severity : List.of("error", "warning", "info")) {
            assertTrue(html.contains("mark." + severity + "{background:"), "a colour for " + severity);
        }
    }

    @Test
    void textAndPathsAreEscapedAndLineBreaksKept() {
        String html = render(tricky());
        assertTrue(html.contains("&amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\nthen "), html);
        assertTrue(html.contains("&quot;quoted&quot;"));
        assertTrue(html.contains("<h2>a&lt;b&gt;&amp;c.txt</h2>"));
        assertFalse(html.contains("<script>alert"));
        assertEquals(1, html.split("<script>", -1).length - 1, "only the report's own script");
        assertTrue(html.contains("white-space:pre-wrap"));
        assertEquals(TRICKY, plain(textOf(html, 0).replaceAll("<ins>.*?</ins>", "")), "the original view is the original text");
    }

    @Test
    void acceptViewShowsTheTextWithEveryFirstSuggestion() {
        String html = render(tricky());
        String fixed = "Leaders discussed climate change & <script>alert('x')</script>\n"
                + "then artificial intelligence, \"quoted\", and a mystery phrase.\n";
        assertEquals(fixed, plain(textOf(html, 0).replaceAll("<del>.*?</del>", "")));
        assertTrue(html.contains("<input type=\"checkbox\" class=\"accept\" id=\"d0-accept\">"));
        assertTrue(html.contains(".accept:checked~.cols mark ins"), "the toggle shows the suggestions");
        assertTrue(html.contains(".accept:checked~.cols mark del"), "and hides the spun phrases");
    }

    @Test
    void indexListsDocumentsByScoreHighestFirst() {
        String html = render(result("low.txt", "one two", 10.0), result("high.txt", "three four", 80.5),
                result("middle.txt", "five six", 40.0), result("zero.txt", "seven", 0.0));
        String index = html.substring(html.indexOf("<nav class=\"index\""), html.indexOf("</nav>"));
        Matcher links = Pattern.compile("<a href=\"#(d\\d+)\">([^<]*)</a>").matcher(index);
        List<String> order = new ArrayList<>();
        while (links.find()) {
            order.add(links.group(1) + " " + links.group(2));
            assertTrue(html.contains("<section class=\"doc\" id=\"" + links.group(1) + "\">"));
        }
        assertEquals(List.of("d1 high.txt", "d2 middle.txt", "d0 low.txt", "d3 zero.txt"), order);
        assertFalse(render(tricky()).contains("<nav class=\"index\""), "no index for one document");
    }

    @Test
    void inputProblemsAreListed() {
        String html = render(new RunReport("0.0-test", List.of(tricky()),
                List.of(new InputProblem("broken<1>.txt", "binary file (contains NUL bytes), not text"))));
        assertTrue(html.contains("<section class=\"problems\" id=\"problems\">"));
        assertTrue(html.contains("<li><code>broken&lt;1&gt;.txt</code>: binary file (contains NUL bytes), not text</li>"), html);
    }

    @Test
    void nothingIsFetchedFromTheNetwork() {
        String text = "See https://example.com/a?b=1&c=2 and http://example.org for local weather exchange.\n";
        String html = render(result("urls.txt", text, 30.0, finding(text, "local weather exchange", 0.95, "climate change")));
        for (String scheme : List.of("http://", "https://")) {
            for (int at = html.indexOf(scheme); at >= 0; at = html.indexOf(scheme, at + 1)) {
                int tagOpen = html.lastIndexOf('<', at);
                int tagClose = html.lastIndexOf('>', at);
                assertTrue(tagClose > tagOpen, "a URL outside plain text at " + at + ": "
                        + html.substring(Math.max(0, at - 80), at + 20));
            }
        }
        assertEquals(2, html.split("https?://", -1).length - 1, "only the two URLs of the text");
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        String script = html.substring(html.lastIndexOf("<script>"), html.lastIndexOf("</script>"));
        for (String code : List.of(style, script)) {
            assertFalse(code.contains("http"), code);
            assertFalse(code.contains("url("), code);
            assertFalse(code.contains("@import"), code);
            assertFalse(code.contains("fetch") || code.contains("XMLHttpRequest"), code);
        }
        assertFalse(html.contains(" src="), "no external scripts or images");
        Matcher hrefs = Pattern.compile(" href=\"([^\"]*)\"").matcher(html);
        while (hrefs.find()) {
            assertTrue(hrefs.group(1).startsWith("#") || hrefs.group(1).equals("data:,"), hrefs.group(1));
        }
        assertTrue(html.contains("default-src 'none'"), "the page's content security policy forbids fetching");
    }

    @Test
    void realEngineReportOnTheSampleMarksEveryFindingAndCountsCategoriesAndRules() throws Exception {
        DocumentResult result = engine.check(CheckInput.of(SAMPLE, Files.readString(Path.of(SAMPLE)), dev.unspin.input.InputFormat.TEXT));
        assertTrue(result.findings().size() > 20, "the sample is spun");
        String html = render(result);
        Matcher m = MARK.matcher(html);
        String text = result.document().original();
        for (Finding f : result.findings()) {
            assertTrue(m.find(), f.toString());
            assertEquals(HtmlEscaper.escape(text.substring(f.start(), f.end())), m.group(4).replaceAll("</?del>|<ins>.*</ins>", ""));
            assertTrue(m.group(4).endsWith("<ins>" + HtmlEscaper.escape(f.suggestions().get(0)) + "</ins>"), m.group(4));
        }
        assertFalse(m.find());
        Summary s = Summary.of(List.of(result));
        s.rules().forEach((rule, n) -> assertTrue(html.contains("<tr><td>" + rule + "</td><td class=\"n\">" + n + "</td></tr>"), rule));
        s.categories().forEach((category, n) -> assertTrue(html.contains("<tr><td>" + category + "</td><td class=\"n\">" + n + "</td></tr>"), category));
        assertTrue(html.contains("<svg class=\"gauge g-" + result.verdict().id() + "\""), "a score gauge");
    }

    @Test
    void aTwentyThousandWordDocumentGrowsLinearly() throws Exception {
        String article = Files.readString(Path.of(SAMPLE));
        StringBuilder text = new StringBuilder();
        while (text.toString().split("\\s+").length < 20_000) {
            text.append(article).append("\n\n");
        }
        DocumentResult result = engine.check(CheckInput.of("long.txt", text.toString(), dev.unspin.input.InputFormat.TEXT));
        int words = result.words();
        int findings = result.findings().size();
        assertTrue(words >= 20_000, "words " + words);
        assertTrue(findings > 500, "findings " + findings);
        int bytes = render(result).getBytes(StandardCharsets.UTF_8).length;
        long budget = 40L * words + 700L * findings + 20_000;
        assertTrue(bytes < budget, bytes + " bytes for " + words + " words and " + findings + " findings; budget " + budget);
    }

    @Test
    void aThousandDocumentRunGrowsLinearly() {
        String text = "Leaders discussed local weather exchange and the harvest.\n";
        List<DocumentResult> results = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            results.add(result("doc-" + i + ".txt", text, (i * 37) % 101,
                    finding(text, "local weather exchange", 0.95, "climate change")));
        }
        String html = render(results.toArray(DocumentResult[]::new));
        assertEquals(1000, html.split("<section class=\"doc\"", -1).length - 1);
        assertEquals(1000, html.split("<mark ", -1).length - 1);
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 1000 * 3_500 + 20_000, bytes + " bytes for 1,000 one-line documents");
    }
}
