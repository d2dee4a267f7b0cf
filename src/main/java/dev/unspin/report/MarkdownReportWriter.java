package dev.unspin.report;

import dev.unspin.bitext.SegmentScores;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SegmentLookup;
import dev.unspin.engine.SegmentResult;
import dev.unspin.input.InputProblem;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Markdown for a pull-request comment or a CI step summary: a table of documents by score (and one of
 * the bilingual files' translation scores), then each document's findings in a collapsed table (on a
 * bilingual file with each finding's segment and its translation score).
 */
public final class MarkdownReportWriter implements ReportWriter {
    private final Path workingDirectory;

    public MarkdownReportWriter(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(RunReport report, PrintWriter out) {
        Summary s = report.summary();
        out.printf(Locale.ROOT, "## unspin: %d spun, %d suspect, %d clean \u2014 %d finding%s%s%n%n",
                s.verdicts().get("spun"), s.verdicts().get("suspect"), s.verdicts().get("clean"),
                s.findings(), s.findings() == 1 ? "" : "s",
                s.hiddenCount() == 0 ? "" : " (" + Summary.describeHidden(s.hidden()) + ")");
        List<DocumentResult> byScore = report.documents().stream()
                .sorted(Comparator.comparingDouble(DocumentResult::score).reversed()).toList();
        if (!byScore.isEmpty()) {
            out.println("| document | verdict | score | findings | words |");
            out.println("|---|---|---:|---:|---:|");
            for (DocumentResult d : byScore) {
                out.printf(Locale.ROOT, "| %s | **%s** | %.1f | %d | %d |%n", code(path(d)), d.verdict().id(), d.score(),
                        d.findings().size(), d.words());
            }
            out.println();
        }
        List<DocumentResult> bilingual = byScore.stream().filter(d -> !d.segments().isEmpty()).toList();
        if (!bilingual.isEmpty()) {
            out.println("| translation | translation score | segments with findings | segments |");
            out.println("|---|---:|---:|---:|");
            for (DocumentResult d : bilingual) {
                out.printf(Locale.ROOT, "| %s | %s | %d | %d |%n", code(path(d)), TranslationScores.fileScore(d),
                        SegmentScores.withFindings(d.segments()), d.segments().size());
            }
            out.println();
        }
        for (DocumentResult d : byScore) {
            if (d.findings().isEmpty()) {
                continue;
            }
            out.printf(Locale.ROOT, "<details><summary>%s \u2014 %d finding%s</summary>%n%n", cell(path(d)), d.findings().size(),
                    d.findings().size() == 1 ? "" : "s");
            boolean segmented = !d.segments().isEmpty();
            out.println("| line:col | severity | phrase | suggestion | rule |" + (segmented ? " segment | segment score |" : ""));
            out.println("|---|---|---|---|---|" + (segmented ? "---|---:|" : ""));
            SegmentLookup segments = SegmentLookup.of(d.segments());
            for (Finding f : d.findings()) {
                Locations at = Locations.of(d, f);
                out.printf(Locale.ROOT, "| %d:%d | %s | %s | %s | %s |%s%n", at.line(), at.column(), f.severity().id(),
                        cell(d.document().original().substring(f.start(), f.end())),
                        f.suggestions().isEmpty() ? "" : cell(f.suggestions().get(0)), code(f.rule()),
                        segmented ? segmentCells(segments.at(f.start())) : "");
            }
            out.printf("%n</details>%n%n");
        }
        for (InputProblem problem : report.problems()) {
            out.printf("- could not read %s: %s%n", code(problem.path()), cell(problem.message()));
        }
    }

    /** " ID | SCORE |" for a finding on a bilingual file's segment, " | |" for one on none. */
    private static String segmentCells(Optional<SegmentResult> segment) {
        return segment
                .map(s -> " " + cell(s.id()) + " | " + TranslationScores.formatted(s.score()) + " |")
                .orElse("  |  |");
    }

    private String path(DocumentResult d) {
        return ReportPaths.relative(d.document().path(), workingDirectory);
    }

    /** Text safe in a table cell: no pipes, line breaks, HTML or control characters. */
    static String cell(String s) {
        return TerminalText.oneLine(s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace('\n', ' ').replace('\r', ' '));
    }

    private static String code(String s) {
        String safe = TerminalText.oneLine(s.replace("|", "\\|").replace('\n', ' '));
        return safe.contains("`") ? "`` " + safe + " ``" : "`" + safe + "`";
    }
}
