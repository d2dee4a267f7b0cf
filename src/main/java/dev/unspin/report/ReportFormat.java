package dev.unspin.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The report formats `check --format` offers, each made by one writer class. */
public enum ReportFormat {
    TEXT(options -> new TextReportWriter(options.colour())),
    JSON(options -> new JsonReportWriter()),
    SARIF(options -> new SarifReportWriter(options.workingDirectory())),
    GITHUB(options -> new GithubReportWriter(options.workingDirectory(), options.githubStepSummary())),
    MARKDOWN(options -> new MarkdownReportWriter(options.workingDirectory())),
    CHECKSTYLE(options -> new CheckstyleReportWriter(options.workingDirectory())),
    JUNIT(options -> new JunitReportWriter(options.workingDirectory())),
    CSV(options -> new CsvReportWriter(options.workingDirectory())),
    JSONL(options -> new JsonlReportWriter());

    private final Function<WriterOptions, ReportWriter> factory;

    ReportFormat(Function<WriterOptions, ReportWriter> factory) {
        this.factory = factory;
    }

    public ReportWriter writer(WriterOptions options) {
        return factory.apply(options);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Settings a writer may need: colour for terminals, the directory paths are made relative to,
     * and GitHub's step summary file ($GITHUB_STEP_SUMMARY) when there is one.
     */
    public record WriterOptions(boolean colour, Path workingDirectory, Optional<Path> githubStepSummary) {
    }
}
