package dev.unspin.report;

import dev.unspin.engine.Category;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Severity;
import dev.unspin.engine.Verdict;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** check -f csv: no cell starts with a formula character (OWASP CSV injection); ordinary cells are unchanged. */
class CsvInjectionTest {

    @Test
    void pathsPhrasesAndSuggestionsStartingWithAFormulaCharacterAreWrittenAsText() {
        String text = "-2+3 @SUM(A1) here\n";
        Document doc = new Document("/work/repo/=HYPERLINK(\"evil.example\").md", text);
        Finding finding = new Finding("test/x", Category.SPINNER_SYNONYM, Severity.ERROR, 0.9, 0, 4, List.of("+cmd"),
                "@message", DetectorKind.DICTIONARY);
        RunReport report = new RunReport("9.9.9", List.of(new DocumentResult(doc, 3, List.of(finding), 50.0, Verdict.SPUN)), List.of());
        StringWriter out = new StringWriter();
        new CsvReportWriter(Path.of("/work/repo")).write(report, new PrintWriter(out));
        String row = out.toString().lines().skip(1).findFirst().orElseThrow();
        assertEquals("\"'=HYPERLINK(\"\"evil.example\"\").md\",1,1,1,5,0,4,test/x,spinner-synonym,error,0.90,dictionary,"
                + "\"'-2+3\",\"'+cmd\",\"'@message\"", row);
    }

    @Test
    void theSharedQuotingEscapesEveryFormulaStartAndLeavesOtherCellsAlone() {
        assertEquals("\"'=1+1\"", CsvReportWriter.quote("=1+1"));
        assertEquals("\"'\t1\"", CsvReportWriter.quote("\t1"));
        assertEquals("\"'\r1\"", CsvReportWriter.quote("\r1"));
        assertEquals("plain", CsvReportWriter.quote("plain"));
        assertEquals("\"a, b\"", CsvReportWriter.quote("a, b"));
        assertEquals("", CsvReportWriter.quote(""));
    }
}
