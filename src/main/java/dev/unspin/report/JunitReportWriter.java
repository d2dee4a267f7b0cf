package dev.unspin.report;

import dev.unspin.bitext.SegmentScores;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.input.InputProblem;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * JUnit XML for CI test reporting: one test case per document, failed when the document has
 * findings (the failure lists them), in error when it could not be read.
 */
public final class JunitReportWriter implements ReportWriter {
    private final Path workingDirectory;

    public JunitReportWriter(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(RunReport report, PrintWriter out) {
        int tests = report.documents().size() + report.problems().size();
        long failures = report.documents().stream().filter(d -> !d.findings().isEmpty()).count();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.printf(Locale.ROOT, "<testsuites name=\"unspin\" tests=\"%d\" failures=\"%d\" errors=\"%d\">%n", tests, failures, report.problems().size());
        out.printf(Locale.ROOT, "  <testsuite name=\"unspin check\" tests=\"%d\" failures=\"%d\" errors=\"%d\">%n", tests, failures, report.problems().size());
        for (DocumentResult document : report.documents()) {
            String path = XmlText.escape(ReportPaths.relative(document.document().path(), workingDirectory));
            out.printf(Locale.ROOT, "    <testcase classname=\"unspin\" name=\"%s\">%n", path);
            if (!document.findings().isEmpty()) {
                out.printf(Locale.ROOT, "      <failure message=\"%s: %d finding(s), spin score %.1f%s\" type=\"%s\">",
                        document.verdict().id(), document.findings().size(), document.score(), document.segments().isEmpty() ? ""
                                : String.format(Locale.ROOT, ", translation score %.1f", SegmentScores.fileScore(document.segments())),
                        document.verdict().id());
                for (Finding f : document.findings()) {
                    Locations at = Locations.of(document, f);
                    out.print(XmlText.escape(String.format(Locale.ROOT, "%s:%d:%d: %s %s %s%n", path, at.line(), at.column(),
                            f.severity().id(), f.rule(), CheckstyleReportWriter.withFix(f))));
                }
                out.println("</failure>");
            }
            out.println("    </testcase>");
        }
        for (InputProblem problem : report.problems()) {
            out.printf(Locale.ROOT, "    <testcase classname=\"unspin\" name=\"%s\">%n      <error message=\"%s\" type=\"input\"/>%n    </testcase>%n",
                    XmlText.escape(ReportPaths.relative(problem.path(), workingDirectory)), XmlText.escape(problem.message()));
        }
        out.println("  </testsuite>");
        out.println("</testsuites>");
    }
}
