package dev.unspin.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The report formats `check --format` offers, each made by one writer class. */
public enum ReportFormat {
    TEXT("txt", options -> new TextReportWriter(options.colour())),
    JSON("json", options -> new JsonReportWriter()),
    HTML("html", options -> new HtmlReportWriter()),
    SARIF("sarif", options -> new SarifReportWriter(options.workingDirectory())),
    GITHUB("github.txt", options -> new GithubReportWriter(options.workingDirectory(), options.githubStepSummary())),
    MARKDOWN("md", options -> new MarkdownReportWriter(options.workingDirectory())),
    CHECKSTYLE("checkstyle.xml", options -> new CheckstyleReportWriter(options.workingDirectory())),
    JUNIT("junit.xml", options -> new JunitReportWriter(options.workingDirectory())),
    CSV("csv", options -> new CsvReportWriter(options.workingDirectory())),
    JSONL("jsonl", options -> new JsonlReportWriter());

    private final String extension;
    private final Function<WriterOptions, ReportWriter> factory;

    ReportFormat(String extension, Function<WriterOptions, ReportWriter> factory) {
        this.extension = extension;
        this.factory = factory;
    }

    /** The file extension example reports of this format use in reports/. */
    public String extension() {
        return extension;
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
