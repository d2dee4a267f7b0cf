package dev.unspin.report;

import java.util.Locale;
import java.util.function.Function;

/** The report formats `check --format` offers, each made by one writer class. */
public enum ReportFormat {
    TEXT(options -> new TextReportWriter(options.colour())),
    JSON(options -> new JsonReportWriter()),
    HTML(options -> new HtmlReportWriter());

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

    /** Settings a writer may need: colour for terminals, the directory paths are made relative to. */
    public record WriterOptions(boolean colour, java.nio.file.Path workingDirectory) {
    }
}
