package dev.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.unspin.cli.ParsedReports.csv;
import static dev.unspin.cli.ParsedReports.json;
import static dev.unspin.cli.ParsedReports.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every report format places a bilingual file's finding where it is in the file as written, not in the
 * decoded target: after a PO string's escaped quotes, on its second continuation line; after an XLIFF
 * inline code and an entity; after a TMX character reference; in a TSV cell with doubled quotes, and after
 * a character outside the BMP (columns count UTF-16 code units). The expected line, column and offsets are
 * looked up in the file itself.
 */
class BilingualPositionsTest {
    private static final String PO = """
            msgid ""
            msgstr ""
            "Language: en\\n"

            msgid ""
            "Er sagte \\"hallo\\" und "
            "zahlte 37 Euro."
            msgstr ""
            "He said \\"hello\\" and "
            "paid 73 euros."
            """;
    private static final String XLIFF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
              <file id="f1">
                <unit id="load">
                  <segment><source>Klicken Sie <pc id="1">hier</pc> &amp; laden Sie 58 Dateien.</source>
                    <target>Click <pc id="1">here</pc> &amp; load 85 files.</target></segment>
                </unit>
              </file>
            </xliff>
            """;
    private static final String TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="de" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t"
              creationtoolversion="1" o-tmf="t"/>
            <body>
            <tu tuid="price"><tuv xml:lang="de"><seg>Preis: 20&#160;€ &amp; mehr</seg></tuv><tuv xml:lang="en"><seg>Price: &#8364;30 &amp; more</seg></tuv></tu>
            </body></tmx>
            """;
    /** A quoted cell with doubled quotes, and a character outside the BMP (two UTF-16 code units) before the number. */
    private static final String TSV = "source\ttarget\n\"Preis \"\"20\"\" Euro\"\t\"Price \"\"30\"\" euros\"\n"
            + "Zwei \uD83D\uDE00 Äpfel für 2 Euro\tTwo \uD83D\uDE00 apples for 4 euros\n";

    @TempDir
    Path dir;

    /** Where a number stands in a file: 1-based line and column, 0-based start and end offsets. */
    private record Place(int line, int column, int start, int end) {
        /** The number's only occurrence in the file. */
        static Place of(String text, String number) {
            int start = text.indexOf(number);
            assertEquals(start, text.lastIndexOf(number), number + " occurs once");
            int lineStart = text.lastIndexOf('\n', start) + 1;
            int line = (int) text.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
            return new Place(line, start - lineStart + 1, start, start + number.length());
        }

        String lineColumn() {
            return line + ":" + column;
        }
    }

    @Test
    void everyFormatPointsIntoTheOriginalFile() throws Exception {
        Path[] files = {write("m.po", PO), write("m.xlf", XLIFF), write("m.tmx", TMX), write("m.tsv", TSV)};
        List<Place> expected = List.of(Place.of(PO, "73"), Place.of(XLIFF, "85"), Place.of(TMX, "30"), Place.of(TSV, "30"),
                Place.of(TSV, "4"));
        assertEquals(new Place(10, 7, PO.indexOf("73"), PO.indexOf("73") + 2), expected.get(0), "the PO finding is on a continuation line");

        List<Place> json = new ArrayList<>();
        for (JsonNode doc : json(check("json", files)).get("documents")) {
            for (JsonNode f : doc.get("findings")) {
                json.add(new Place(f.get("line").asInt(), f.get("column").asInt(), f.get("start").asInt(), f.get("end").asInt()));
            }
        }
        assertEquals(expected, json, "json");
        List<Place> jsonl = new ArrayList<>();
        for (String line : check("jsonl", files).lines().toList()) {
            for (JsonNode f : json(line).get("findings")) {
                jsonl.add(new Place(f.get("line").asInt(), f.get("column").asInt(), f.get("start").asInt(), f.get("end").asInt()));
            }
        }
        assertEquals(expected, jsonl, "jsonl");

        List<Place> sarif = new ArrayList<>();
        for (JsonNode result : json(check("sarif", files)).get("runs").get(0).get("results")) {
            JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
            int start = region.get("charOffset").asInt();
            sarif.add(new Place(region.get("startLine").asInt(), region.get("startColumn").asInt(), start,
                    start + region.get("charLength").asInt()));
        }
        assertEquals(expected, sarif, "sarif");

        List<Place> csv = new ArrayList<>();
        List<List<String>> rows = csv(check("csv", files));
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            csv.add(new Place(Integer.parseInt(row.get(header.indexOf("line"))), Integer.parseInt(row.get(header.indexOf("column"))),
                    Integer.parseInt(row.get(header.indexOf("start"))), Integer.parseInt(row.get(header.indexOf("end")))));
        }
        assertEquals(expected, csv, "csv");

        List<String> lineColumns = expected.stream().map(Place::lineColumn).toList();
        assertEquals(lineColumns, matches(check("text", files), "m\\.(?:po|xlf|tmx|tsv):(\\d+:\\d+): error"), "text");
        assertEquals(lineColumns, matches(check("github", files), "::error file=[^,]*,line=(\\d+),col=(\\d+),"), "github");
        assertEquals(lineColumns, matches(check("markdown", files), "\\| (\\d+:\\d+) \\| error \\|"), "markdown");
        assertEquals(lineColumns, matches(xml(check("junit", files)).getElementsByTagName("failure"), "m\\.(?:po|xlf|tmx|tsv):(\\d+:\\d+): error"),
                "junit");
        List<String> checkstyle = new ArrayList<>();
        NodeList errors = xml(check("checkstyle", files)).getElementsByTagName("error");
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            if (e.getAttribute("severity").equals("error")) {
                checkstyle.add(e.getAttribute("line") + ":" + e.getAttribute("column"));
            }
        }
        assertEquals(lineColumns, checkstyle, "checkstyle");

        String html = check("html", files);
        assertTrue(html.contains("&quot;paid <mark id=\"d0-f0\""), html);
        assertTrue(html.contains("&amp;amp; load <mark id=\"d1-f0\""), html);
    }

    @Test
    void alignedFilesWithCrLfLineEndsPointIntoTheTranslation() throws Exception {
        String translation = "That costs 30 euros.\r\nTwo apples and \uD83D\uDE00 4 pears.\r\n";
        Path source = write("a.de.txt", "Das kostet 20 Euro.\r\nZwei \u00C4pfel und \uD83D\uDE00 3 Birnen.\r\n");
        Path target = write("a.en.txt", translation);
        CliRun run = CliRun.of("", List.of("check", "--detectors", "source", "--format", "json", "--source-file", source.toString(),
                target.toString()));
        assertEquals(1, run.code(), run.err());
        List<Place> found = new ArrayList<>();
        for (JsonNode f : json(run.out()).get("documents").get(0).get("findings")) {
            found.add(new Place(f.get("line").asInt(), f.get("column").asInt(), f.get("start").asInt(), f.get("end").asInt()));
        }
        assertEquals(List.of(Place.of(translation, "30"), Place.of(translation, "4")), found);
        assertEquals(new Place(2, 19, translation.indexOf('4'), translation.indexOf('4') + 1), found.get(1));
    }

    private static List<String> matches(NodeList nodes, String regex) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            text.append(nodes.item(i).getTextContent());
        }
        return matches(text.toString(), regex);
    }

    /** Each match's groups joined by ':'. */
    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            List<String> groups = new ArrayList<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                groups.add(m.group(g));
            }
            found.add(String.join(":", groups));
        }
        return found;
    }

    private static String check(String format, Path... files) {
        List<String> args = new ArrayList<>(List.of("check", "--detectors", "source", "--format", format));
        for (Path f : files) {
            args.add(f.toString());
        }
        CliRun run = CliRun.of("", args);
        assertEquals(1, run.code(), run.err());
        return run.out();
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
