package dev.unspin.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The github, markdown, checkstyle, junit, csv and jsonl writers on one awkward fixture. */
class LineFormatsTest {
    private static final Path CWD = ReportFixture.WORKING_DIRECTORY;

    @Test
    void githubWorkflowCommandsAreEscapedAndTheStepSummaryIsWritten(@TempDir Path dir) throws Exception {
        Path summary = dir.resolve("summary.md");
        String out = ReportFixture.render(new GithubReportWriter(CWD, Optional.of(summary)));
        List<String> lines = out.lines().toList();
        assertEquals(3, lines.size(), out);
        assertEquals("::notice file=docs/a file.md,line=1,col=9,endLine=1,endColumn=15,title=unspin test/quoted::"
                + "odd, \"quoted\" text: 100%25", lines.get(0));
        assertTrue(lines.get(1).startsWith("::error file=docs/a file.md,line=2,col=16,endLine=2,endColumn=38,title=unspin test/local-weather-exchange::"), lines.get(1));
        assertTrue(lines.get(1).endsWith("Suggestion: climate change"), lines.get(1));
        assertEquals("::error file=bad.txt,title=unspin::binary file (contains NUL bytes), not text", lines.get(2));
        assertEquals("a%3Ab%2Cc%25%0A", GithubReportWriter.property("a:b,c%\n"));
        assertTrue(Files.readString(summary).startsWith("## unspin: 0 spun, 1 suspect, 1 clean"));
    }

    @Test
    void markdownTablesStayIntact() {
        String out = ReportFixture.render(new MarkdownReportWriter(CWD));
        assertTrue(out.contains("| `docs/a file.md` | **suspect** | 42.0 | 2 | 12 |"), out);
        assertTrue(out.indexOf("docs/a file.md") < out.indexOf("clean.txt"), "documents sorted by score");
        assertTrue(out.contains("| 2:16 | error | local weather exchange | climate change | `test/local-weather-exchange` |"), out);
        assertEquals("a \\| b &lt;i&gt;", MarkdownReportWriter.cell("a | b <i>"));
        assertTrue(out.contains("could not read `bad.txt`"), out);
    }

    @Test
    void checkstyleAndJunitAreWellFormedXml() throws Exception {
        org.w3c.dom.Document checkstyle = xml(ReportFixture.render(new CheckstyleReportWriter(CWD)));
        NodeList errors = checkstyle.getElementsByTagName("error");
        assertEquals(3, errors.getLength());
        Element spin = (Element) errors.item(1);
        assertEquals("2", spin.getAttribute("line"));
        assertEquals("16", spin.getAttribute("column"));
        assertEquals("error", spin.getAttribute("severity"));
        assertEquals("unspin.test/local-weather-exchange", spin.getAttribute("source"));
        assertEquals("docs/a file.md", ((Element) checkstyle.getElementsByTagName("file").item(0)).getAttribute("name"));

        org.w3c.dom.Document junit = xml(ReportFixture.render(new JunitReportWriter(CWD)));
        Element suite = (Element) junit.getElementsByTagName("testsuite").item(0);
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        assertTrue(junit.getElementsByTagName("failure").item(0).getTextContent().contains("docs/a file.md:2:16: error"));
    }

    @Test
    void csvQuotesFieldsAndHasOneRowPerFinding() {
        List<String> rows = ReportFixture.render(new CsvReportWriter(CWD)).lines().toList();
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).startsWith("path,line,column,end_line,end_column,start,end,rule,"));
        assertTrue(rows.get(1).startsWith("docs/a file.md,1,9,1,15,"), rows.get(1));
        assertTrue(rows.get(1).endsWith(",\"odd, \"\"quoted\"\" text: 100%\""), rows.get(1));
        assertEquals("\"a,b\"", CsvReportWriter.quote("a,b"));
    }

    @Test
    void jsonlHasOneDocumentPerLine() throws Exception {
        List<String> lines = ReportFixture.render(new JsonlReportWriter()).lines().toList();
        assertEquals(3, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("suspect", first.get("verdict").asText());
        assertEquals(2, first.get("findings").size());
        assertEquals("local weather exchange", first.get("findings").get(1).get("text").asText());
        assertEquals("bad.txt", new ObjectMapper().readTree(lines.get(2)).get("path").asText());
    }

    @Test
    void jsonlNamesTheToolAsTheJsonReportDoesAndKeepsTheOldString() throws Exception {
        String jsonl = ReportFixture.render(new JsonlReportWriter()).lines().findFirst().orElseThrow();
        JsonNode line = new ObjectMapper().readTree(jsonl);
        JsonNode json = new ObjectMapper().readTree(ReportFixture.render(new JsonReportWriter()));
        assertEquals(json.get("tool"), line.get("unspinTool"));
        assertEquals("unspin", line.get("unspinTool").get("name").asText());
        assertEquals("unspin " + line.get("unspinTool").get("version").asText(), line.get("tool").asText());
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
