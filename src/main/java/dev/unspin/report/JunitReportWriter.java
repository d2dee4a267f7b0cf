package dev.unspin.report;

import dev.unspin.bitext.SegmentScores;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SegmentLookup;
import dev.unspin.input.InputProblem;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * JUnit XML for CI test reporting: one test case per document, failed when the document has
 * findings (the failure lists them), in error when it could not be read. A bilingual file's test case
 * carries its translation score as {@code <properties>} ({@code translationScore}, {@code segments},
 * {@code segmentsWithFindings}: test-case properties as pytest writes them, which Jenkins and GitLab
 * read or ignore), its failure message ends with the score, and each listed finding with its segment's
 * score.
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
            String path = ReportPaths.relative(document.document().path(), workingDirectory);
            out.printf(Locale.ROOT, "    <testcase classname=\"unspin\" name=\"%s\">%n", XmlText.escape(path));
            if (!document.segments().isEmpty()) {
                properties(document, out);
            }
            if (!document.findings().isEmpty()) {
                out.printf(Locale.ROOT, "      <failure message=\"%s: %d finding(s), spin score %.1f%s\" type=\"%s\">",
                        document.verdict().id(), document.findings().size(), document.score(),
                        document.segments().isEmpty() ? "" : ", translation score " + TranslationScores.fileScore(document),
                        document.verdict().id());
                SegmentLookup segments = SegmentLookup.of(document.segments());
                for (Finding f : document.findings()) {
                    Locations at = Locations.of(document, f);
                    out.print(XmlText.escape(String.format(Locale.ROOT, "%s:%d:%d: %s %s %s%n", path, at.line(), at.column(),
                            f.severity().id(), f.rule(), TranslationScores.annotation(f, segments.at(f.start())))));
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

    private static void properties(DocumentResult document, PrintWriter out) {
        out.println("      <properties>");
        property("translationScore", TranslationScores.fileScore(document), out);
        property("segments", Integer.toString(document.segments().size()), out);
        property("segmentsWithFindings", Long.toString(SegmentScores.withFindings(document.segments())), out);
        out.println("      </properties>");
    }

    private static void property(String name, String value, PrintWriter out) {
        out.printf("        <property name=\"%s\" value=\"%s\"/>%n", name, XmlText.escape(value));
    }
}
