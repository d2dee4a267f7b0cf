package dev.unspin.report;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SegmentLookup;
import dev.unspin.input.InputProblem;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Checkstyle XML: one {@code <file>} per document, one {@code <error>} per finding. On a bilingual file
 * each finding's message ends with its segment's translation score, and the file's translation score
 * is one more {@code <error severity="info" source="unspin.translation-score">} without a line (the format
 * has no attribute for a file's score; tools read an info entry like any other, and filter it by source).
 */
public final class CheckstyleReportWriter implements ReportWriter {
    private final Path workingDirectory;

    public CheckstyleReportWriter(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(RunReport report, PrintWriter out) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<checkstyle version=\"4.3\">");
        for (DocumentResult document : report.documents()) {
            out.printf("  <file name=\"%s\">%n", XmlText.escape(ReportPaths.relative(document.document().path(), workingDirectory)));
            SegmentLookup segments = SegmentLookup.of(document.segments());
            for (Finding f : document.findings()) {
                Locations at = Locations.of(document, f);
                out.printf("    <error line=\"%d\" column=\"%d\" severity=\"%s\" message=\"%s\" source=\"unspin.%s\"/>%n",
                        at.line(), at.column(), f.severity().id(), XmlText.escape(TranslationScores.annotation(f, segments.at(f.start()))),
                        XmlText.escape(f.rule()));
            }
            if (!document.segments().isEmpty()) {
                out.printf("    <error severity=\"info\" message=\"%s\" source=\"unspin.%s\"/>%n",
                        XmlText.escape(TranslationScores.fileSummary(document)), TranslationScores.SOURCE_ID);
            }
            out.println("  </file>");
        }
        for (InputProblem problem : report.problems()) {
            out.printf("  <file name=\"%s\">%n    <error severity=\"error\" message=\"%s\" source=\"unspin.input\"/>%n  </file>%n",
                    XmlText.escape(ReportPaths.relative(problem.path(), workingDirectory)), XmlText.escape(problem.message()));
        }
        out.println("</checkstyle>");
    }

    static String withFix(Finding f) {
        return f.suggestions().isEmpty() ? f.message() : f.message() + " Suggestion: " + String.join(" | ", f.suggestions());
    }
}
