package dev.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.unspin.report.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.unspin.cli.ParsedReports.children;
import static dev.unspin.cli.ParsedReports.csv;
import static dev.unspin.cli.ParsedReports.json;
import static dev.unspin.cli.ParsedReports.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every report format carries a bilingual file's translation scores, per segment and per file, in the form
 * natural to it, and still parses as its format; a monolingual file in the same run gets none. The PO file
 * has one known error: a number changed in its first segment ("The price is 30 euros per month.", 7 words,
 * one error of 5 points: 100 - 500 / 7 = 28.6); its other two segments (2 words each) are clean, so the
 * file scores 100 - 500 / 11 = 54.5.
 */
class TranslationScoreFormatsTest {
    private static final String SEGMENT = "Der Preis beträgt 20 Euro pro Monat.";
    private static final String FILE_SUMMARY = "translation score 54.5: 1 of 3 segments with findings";

    @TempDir
    Path dir;
    private Path po;
    private Path text;

    @BeforeEach
    void files() throws Exception {
        po = write("prices.po", """
                msgid ""
                msgstr ""
                "Language: en\\n"
                "Content-Type: text/plain; charset=UTF-8\\n"

                msgid "Der Preis beträgt 20 Euro pro Monat."
                msgstr "The price is 30 euros per month."

                msgid "Guten Morgen"
                msgstr "Good morning"

                msgid "Datei speichern"
                msgstr "Save file"
                """);
        text = write("spun.txt", "They discussed the local weather exchange at length.\n");
    }

    @Test
    void everyFormatIsCovered() {
        assertEquals(List.of("text", "json", "html", "sarif", "github", "markdown", "checkstyle", "junit", "csv", "jsonl"),
                Arrays.stream(ReportFormat.values()).map(ReportFormat::id).toList(), "a new format needs its test here");
    }

    @Test
    void text() {
        String out = check("text");
        assertTrue(out.contains("prices.po:7:22: error machine-translation \u201C30\u201D \u2192 \u201C20\u201D"), out);
        assertTrue(out.contains("(source/number-mismatch, confidence 0.90; segment score 28.6)\n"), out);
        assertTrue(out.contains("prices.po: " + FILE_SUMMARY + "\n"), out);
        assertTrue(out.contains("(spinner-a-h/local-weather-exchange, confidence 0.98)\n"), out);
        assertFalse(out.contains("spun.txt: translation score"), out);
    }

    @Test
    void jsonAndJsonLines() throws Exception {
        JsonNode documents = json(check("json")).get("documents");
        assertBilingualJson(documents.get(1));
        assertFalse(documents.get(0).has("translationScore"));
        List<String> lines = check("jsonl").lines().toList();
        assertEquals(2, lines.size());
        assertBilingualJson(json(lines.get(1)));
        assertFalse(json(lines.get(0)).has("segments"));
    }

    private static void assertBilingualJson(JsonNode doc) {
        assertEquals(54.5, doc.get("translationScore").asDouble());
        assertEquals(3, doc.get("segmentCount").asInt());
        assertEquals(1, doc.get("segmentsWithFindings").asInt());
        JsonNode segments = doc.get("segments");
        assertEquals(3, segments.size());
        assertEquals(SEGMENT, segments.get(0).get("id").asText());
        assertEquals(7, segments.get(0).get("line").asInt());
        assertEquals(28.6, segments.get(0).get("score").asDouble());
        assertEquals(100.0, segments.get(1).get("score").asDouble());
    }

    @Test
    void html() {
        String out = check("html");
        assertTrue(out.contains("<p>" + FILE_SUMMARY.replace(": 1 of", " \u00B7 1 of") + "</p>"), out);
        assertTrue(out.contains("<td>" + SEGMENT + "</td><td>The price is <mark"), out);
        assertTrue(out.contains("</mark> euros per month.</td><td>28.6</td></tr>"), out);
    }

    @Test
    void sarifValidatesAndScoresTheArtifactAndEachResult() throws Exception {
        JsonNode sarif = json(check("sarif"));
        try (InputStream schemaText = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText);
            assertEquals(Set.of(), schema.validate(sarif));
        }
        JsonNode run = sarif.get("runs").get(0);
        assertEquals(1, run.get("artifacts").size());
        JsonNode artifact = run.get("artifacts").get(0);
        assertTrue(artifact.get("location").get("uri").asText().endsWith("prices.po"));
        assertEquals(54.5, artifact.get("properties").get("translationScore").asDouble());
        JsonNode spun = run.get("results").get(0).get("properties");
        JsonNode number = run.get("results").get(1).get("properties");
        assertEquals(SEGMENT, number.get("segment").asText());
        assertEquals(28.6, number.get("segmentScore").asDouble());
        assertFalse(spun.has("segmentScore"), spun.toString());
    }

    @Test
    void githubAnnotationsNameTheSegmentScoreAndAddANoticePerFile() {
        List<String> lines = check("github").lines().toList();
        Pattern command = Pattern.compile("::(error|warning|notice) [a-zA-Z]+=[^,:]*(,[a-zA-Z]+=[^,:]*)*::[^\\r\\n]*");
        lines.forEach(line -> assertTrue(command.matcher(line).matches(), line));
        assertEquals(3, lines.size(), lines::toString);
        assertFalse(lines.get(0).contains("segment score"), lines.get(0));
        assertTrue(lines.get(1).startsWith("::error file=") && lines.get(1).contains("prices.po,line=7,col=22,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(" [segment score 28.6]"), lines.get(1));
        assertTrue(lines.get(2).startsWith("::notice file="), lines.get(2));
        assertTrue(lines.get(2).endsWith("prices.po,title=unspin translation-score::" + FILE_SUMMARY), lines.get(2));
    }

    @Test
    void markdownTablesCarryFileAndSegmentScores() {
        String out = check("markdown");
        assertTrue(out.contains("prices.po` | 54.5 | 1 | 3 |\n"), out);
        assertTrue(out.contains("| line:col | severity | phrase | suggestion | rule | segment | segment score |\n"
                + "|---|---|---|---|---|---|---:|\n"
                + "| 7:22 | error | 30 | 20 | `source/number-mismatch` | " + SEGMENT + " | 28.6 |\n"), out);
        assertTrue(out.contains("| line:col | severity | phrase | suggestion | rule |\n|---|---|---|---|---|\n| 1:20 |"), out);
    }

    @Test
    void checkstyleHasAnInfoEntryPerBilingualFileAndParses() throws Exception {
        org.w3c.dom.Document xml = xml(check("checkstyle"));
        NodeList files = xml.getElementsByTagName("file");
        assertEquals(2, files.getLength());
        List<Element> spun = children((Element) files.item(0), "error");
        assertEquals(1, spun.size());
        assertFalse(spun.get(0).getAttribute("message").contains("segment score"));
        List<Element> prices = children((Element) files.item(1), "error");
        assertEquals(2, prices.size());
        assertEquals("7", prices.get(0).getAttribute("line"));
        assertTrue(prices.get(0).getAttribute("message").endsWith(" Suggestion: 20 [segment score 28.6]"),
                prices.get(0).getAttribute("message"));
        assertEquals("info", prices.get(1).getAttribute("severity"));
        assertEquals("unspin.translation-score", prices.get(1).getAttribute("source"));
        assertEquals(FILE_SUMMARY, prices.get(1).getAttribute("message"));
    }

    @Test
    void junitTestCaseHasScorePropertiesAndParses() throws Exception {
        org.w3c.dom.Document xml = xml(check("junit"));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        assertTrue(children((Element) cases.item(0), "properties").isEmpty());
        Element prices = (Element) cases.item(1);
        List<String> properties = new ArrayList<>();
        for (Element p : children(children(prices, "properties").get(0), "property")) {
            properties.add(p.getAttribute("name") + "=" + p.getAttribute("value"));
        }
        assertEquals(List.of("translationScore=54.5", "segments=3", "segmentsWithFindings=1"), properties);
        Element failure = children(prices, "failure").get(0);
        assertEquals("clean: 1 finding(s), spin score 0.0, translation score 54.5", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains(" [segment score 28.6]\n"), failure.getTextContent());
    }

    @Test
    void csvAppendsSegmentColumnsAndStaysOneTable() throws Exception {
        List<List<String>> rows = csv(check("csv"));
        List<String> header = rows.get(0);
        assertEquals(List.of("message", "segment", "segment_score", "translation_score"), header.subList(header.size() - 4, header.size()));
        assertEquals(3, rows.size());
        rows.forEach(row -> assertEquals(header.size(), row.size(), row::toString));
        assertEquals(List.of("", "", ""), rows.get(1).subList(header.size() - 3, header.size()));
        assertEquals(List.of(SEGMENT, "28.6", "54.5"), rows.get(2).subList(header.size() - 3, header.size()));
        assertEquals("7", rows.get(2).get(header.indexOf("line")));
    }

    @Test
    void aMonolingualRunKeepsItsColumnsAndMessages() throws Exception {
        CliRun run = CliRun.of("", List.of("check", "--detectors", "dictionary", "--format", "csv", text.toString()));
        List<String> header = csv(run.out()).get(0);
        assertEquals("message", header.get(header.size() - 1));
        assertEquals(15, header.size());
        CliRun checkstyle = CliRun.of("", List.of("check", "--detectors", "dictionary", "--format", "checkstyle", text.toString()));
        assertFalse(checkstyle.out().contains("translation"), checkstyle.out());
    }

    private String check(String format) {
        CliRun run = CliRun.of("", List.of("check", "--detectors", "source,dictionary", "--format", format, text.toString(),
                po.toString()));
        assertEquals(1, run.code(), run.err());
        assertEquals("", run.err());
        return run.out();
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
