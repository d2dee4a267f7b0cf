package dev.unspin.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** sources.csv: a feed-supplied source name a spreadsheet would run as a formula is written as text (OWASP). */
class SourcesCsvInjectionTest {

    @Test
    void sourceNamesStartingWithAFormulaCharacterAreQuotedWithALeadingApostrophe(@TempDir Path dir) throws Exception {
        StringBuilder lines = new StringBuilder();
        List<String> sources = List.of("=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")", "+1+cmd", "-2+3", "@SUM(A1)", "\\tx",
                "plain");
        for (int i = 0; i < sources.size(); i++) {
            lines.append("{\"id\":\"d").append(i).append("\",\"source\":\"").append(sources.get(i))
                    .append("\",\"position\":\"p:").append(i).append("\",\"status\":\"failed\",\"reason\":\"x\"}\n");
        }
        Path documents = dir.resolve("documents.jsonl");
        Files.writeString(documents, lines);
        Path csv = dir.resolve("sources.csv");
        SourceStats.write(SourceStats.of(documents), csv);
        List<String> firstCells = Files.readAllLines(csv).stream().skip(1).map(l -> l.substring(0, l.lastIndexOf(",1,0,0,0,1,"))).sorted().toList();
        assertEquals(List.of("\"'\tx\"", "\"'+1+cmd\"", "\"'-2+3\"", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                "\"'@SUM(A1)\"", "plain"), firstCells);
    }
}
