package dev.unspin.report;

import dev.unspin.bitext.SegmentScores;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SegmentLookup;
import dev.unspin.input.InputProblem;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * GitHub Actions workflow commands ({@code ::warning file=...,line=...::message}), which become
 * annotations on the pull request. GitHub shows only ten annotations of each level per step, so
 * when {@code $GITHUB_STEP_SUMMARY} is set the Markdown report is appended to it as well. On a bilingual
 * file each annotation ends with its segment's translation score, and a file with findings gets one more
 * {@code ::notice file=...::} with its translation score, after every finding's annotation (so the ten
 * notices shown go to findings first; a file without findings scores 100 and gets none).
 */
public final class GithubReportWriter implements ReportWriter {
    private final Path workingDirectory;
    private final Optional<Path> stepSummary;

    public GithubReportWriter(Path workingDirectory, Optional<Path> stepSummary) {
        this.workingDirectory = workingDirectory;
        this.stepSummary = stepSummary;
    }

    @Override
    public void write(RunReport report, PrintWriter out) {
        for (DocumentResult document : report.documents()) {
            String file = ReportPaths.relative(document.document().path(), workingDirectory);
            SegmentLookup segments = SegmentLookup.of(document.segments());
            for (Finding f : document.findings()) {
                Locations at = Locations.of(document, f);
                out.printf("::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s%n", level(f), property(file),
                        at.line(), at.column(), at.endLine(), at.endColumn(), property("unspin " + f.rule()),
                        data(TranslationScores.annotation(f, segments.at(f.start()))));
            }
        }
        for (DocumentResult document : report.documents()) {
            if (SegmentScores.withFindings(document.segments()) > 0) {
                out.printf("::notice file=%s,title=%s::%s%n", property(ReportPaths.relative(document.document().path(), workingDirectory)),
                        property("unspin " + TranslationScores.SOURCE_ID), data(TranslationScores.fileSummary(document)));
            }
        }
        for (InputProblem problem : report.problems()) {
            out.printf("::error file=%s,title=unspin::%s%n", property(ReportPaths.relative(problem.path(), workingDirectory)),
                    data(problem.message()));
        }
        stepSummary.ifPresent(path -> appendSummary(report, path));
    }

    private void appendSummary(RunReport report, Path path) {
        StringWriter markdown = new StringWriter();
        new MarkdownReportWriter(workingDirectory).write(report, new PrintWriter(markdown));
        try {
            Files.writeString(path, markdown.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(OutputTarget.problem(path, e) + " (the step summary, $GITHUB_STEP_SUMMARY)", e);
        }
    }

    private static String level(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escaping of a command's message; other control characters are escaped for the log ({@link TerminalText}). */
    static String data(String s) {
        return TerminalText.safe(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** Escaping of a command's property values, which also may not contain ':' or ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
