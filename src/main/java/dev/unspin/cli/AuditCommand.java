package dev.unspin.cli;

import dev.unspin.audit.Audit;
import dev.unspin.audit.AuditProgress;
import dev.unspin.audit.RecordSize;
import dev.unspin.pipeline.CheckPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Audit a crawl: check every record of JSON Lines, CSV, RSS and Atom files and directories of .txt/.md/.html pages"
                + " (gzip-compressed or not) on all cores, and write per-document and per-source results.",
                "",
                "DIR/documents.jsonl gets exactly one line per record: scored, skipped (with the reason) or failed"
                        + " (with the error and the input position). DIR/sources.csv sums it up per source; DIR/summary.html shows the sources ranked, a histogram of scores and the worst documents."
                        + " A crash leaves every complete line valid; --resume continues the run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was accounted for (scored, skipped or failed): each input position written exactly once",
                "2:usage error, DIR in use by another audit, --resume with other inputs or options, the output could not be"
                        + " written, or documents.jsonl does not match the inputs"})
final class AuditCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (.csv: CSV; .xml, .rss, .atom: RSS or Atom; others: JSON Lines) and directories of .txt, .md and .html files; any of them may be gzip-compressed.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Directory for documents.jsonl, sources.csv and summary.html (created if needed).")
    Path directory;

    @Option(names = "--resume", description = "Continue a run that stopped: records already in DIR/documents.jsonl"
            + " (by input position) are not checked again; a torn last line is cut off. Refused when the inputs"
            + " (DIR/manifest.json: canonical path, size, time, hash of the first MiB) or the options that change results differ.")
    boolean resume;

    @Option(names = "--max-record-size", paramLabel = "SIZE", defaultValue = "20M",
            description = "Largest record read (a JSON Lines line, a CSV record, a page, an RSS/Atom item's text), e.g."
                    + " 512K, 20M, 1G; a larger one is one failed line and is not read into memory (default: ${DEFAULT-VALUE}).")
    String maxRecordSize;

    @Option(names = "--id-field", defaultValue = "id", paramLabel = "NAME",
            description = "JSON Lines field (CSV column) with the record's id (default: ${DEFAULT-VALUE}; absent: FILE:LINE).")
    String idField;

    @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
            description = "JSON Lines field (CSV column) with plain text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--html-field", defaultValue = "html", paramLabel = "NAME",
            description = "JSON Lines field (CSV column) with an HTML page, of which the article text is checked; wins over the text field (default: ${DEFAULT-VALUE}).")
    String htmlField;

    @Option(names = "--source-field", defaultValue = "source", paramLabel = "NAME",
            description = "JSON Lines field (CSV column) naming the source (default: ${DEFAULT-VALUE}; absent: the URL's host).")
    String sourceField;

    @Option(names = "--url-field", defaultValue = "url", paramLabel = "NAME",
            description = "JSON Lines field (CSV column) with the record's URL (default: ${DEFAULT-VALUE}).")
    String urlField;

    @Option(names = "--all-languages", description = "Check every document, whatever its language."
            + " By default a document confidently detected as another language is skipped with the reason"
            + " \"not English (fr, 1.00)\"; short or mixed texts are always checked.")
    boolean allLanguages;

    @Option(names = "--threads", paramLabel = "N", converter = AtLeastOne.class, description = "Worker threads checking documents (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N",
            description = "Records waiting between the reader, the workers and the writer, per queue; bounds the memory (default: 4 per thread).")
    Integer queue;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "Seconds between progress lines when stderr is not a terminal (default: ${DEFAULT-VALUE});"
                    + " on a terminal a progress bar is redrawn in place.")
    long progressInterval;

    @Mixin
    DetectionOptions detection;

    @Override
    public Integer call() throws Exception {
        try (dev.unspin.originals.OriginalsIndex originals = detection.openOriginals(spec.commandLine().getErr())) {
            return run(originals);
        }
    }

    private Integer run(dev.unspin.originals.OriginalsIndex originals) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        long maxRecordBytes;
        try {
            maxRecordBytes = RecordSize.parse(maxRecordSize);
        } catch (IllegalArgumentException e) {
            err.println("unspin: audit: " + e.getMessage());
            return 2;
        }
        detection.noteAmbiguousSourceLanguage(spec.commandLine().getErr());
        CheckPipeline pipeline = detection.pipeline().originals(originals).minConfidence(detection.minConfidence()).build();
        Audit.Options options = new Audit.Options(inputs, directory, idField, textField, htmlField, sourceField, urlField,
                threads, queue == null ? 4 * threads : Math.max(1, queue), resume, allLanguages, maxRecordBytes,
                Version.current(), checkerOptions());
        Audit.Summary s;
        try {
            s = Audit.run(options, pipeline::check, err, new AuditProgress.Settings(!quiet, AuditProgress.onTerminal(),
                    Duration.ofSeconds(Math.max(1, progressInterval))));
        } catch (Audit.UsageException e) {
            err.println("unspin: audit: " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d records in%s: %d scored, %d skipped (%d not English), %d failed; %d lines written to %s%n", s.in(),
                s.alreadyDone() > 0 ? " (" + s.alreadyDone() + " more already done, skipped by --resume)" : "",
                s.scored(), s.skipped(), s.notEnglish(), s.failed(), s.written(), directory.resolve(Audit.DOCUMENTS));
        out.printf("%s: %d sources; summary: %s%n", directory.resolve(Audit.SOURCES), s.sources(), directory.resolve(Audit.SUMMARY));
        if (s.inconsistency() != null) {
            err.println("unspin: audit: " + directory.resolve(Audit.DOCUMENTS) + " does not match the inputs: " + s.inconsistency());
            return 2;
        }
        if (!s.balanced()) {
            err.println("unspin: audit: counts in and out differ: " + s.in() + " in, " + s.written() + " written");
            return 2;
        }
        out.printf("consistency check: each of the %d input positions written exactly once%n", s.positions());
        return 0;
    }

    /** The detection options that change results, for the run manifest. */
    private Map<String, String> checkerOptions() {
        Map<String, String> options = new TreeMap<>();
        options.put("--detectors", detection.detectors.stream().map(d -> d.name().toLowerCase(java.util.Locale.ROOT)).sorted()
                .collect(java.util.stream.Collectors.joining(",")));
        options.put("--min-confidence", String.valueOf(detection.minConfidence()));
        options.put("--source-language", detection.sourceLanguage == null ? null : detection.sourceLanguage.toLowerCase(java.util.Locale.ROOT));
        options.put("--index", detection.index == null ? null : detection.index.toAbsolutePath().normalize().toString());
        options.put("--originals", detection.originals == null ? null : detection.originals.stream()
                .map(p -> p.toAbsolutePath().normalize().toString()).collect(java.util.stream.Collectors.joining(",")));
        options.put("--rules", detection.rulesDirectory == null ? "(packaged)" : detection.rulesDirectory.toAbsolutePath().normalize().toString());
        return options;
    }
}
