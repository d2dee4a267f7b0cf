package dev.unspin.audit;

import dev.unspin.engine.DocumentResult;
import dev.unspin.pipeline.CheckInput;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code unspin audit}: reads feeds (JSON Lines files and directories of pages, gzip or not),
 * checks every record on a pool of threads and writes DIR/documents.jsonl (one line per record)
 * DIR/sources.csv (per source) and DIR/summary.html.
 */
public final class Audit {
    public static final String DOCUMENTS = "documents.jsonl";
    public static final String SOURCES = "sources.csv";
    public static final String SUMMARY = SummaryPage.FILE;

    /**
     * What to read and how: the inputs, the JSON Lines field names, threads, queue size, --resume,
     * whether documents in every language are checked (else those not in English are skipped), the
     * record size limit, and for the run manifest the unspin version and the checker's options that
     * change results (option name to value, such as --detectors).
     */
    public record Options(List<Path> inputs, Path directory, String idField, String textField, String htmlField,
                          String sourceField, String urlField, int threads, int queueSize, boolean resume,
                          boolean allLanguages, long maxRecordBytes, String version, Map<String, String> checkerOptions) {
        public Options(List<Path> inputs, Path directory, String idField, String textField, String htmlField,
                       String sourceField, String urlField, int threads, int queueSize, boolean resume, boolean allLanguages) {
            this(inputs, directory, idField, textField, htmlField, sourceField, urlField, threads, queueSize, resume,
                    allLanguages, RecordSize.DEFAULT, "unknown", Map.of());
        }

        /** The options that change results, as the manifest records them. */
        Map<String, String> resultOptions() {
            Map<String, String> all = new TreeMap<>(checkerOptions);
            all.put("--id-field", idField);
            all.put("--text-field", textField);
            all.put("--html-field", htmlField);
            all.put("--source-field", sourceField);
            all.put("--url-field", urlField);
            all.put("--all-languages", String.valueOf(allLanguages));
            all.put("--max-record-size", String.valueOf(maxRecordBytes));
            return all;
        }
    }

    /** Thrown for a run that cannot start (bad input path, output already there without --resume). */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /**
     * The counts of a finished run, and the final consistency check: {@code positions} input positions
     * in all, and what is wrong with documents.jsonl (null: every one written exactly once).
     */
    public record Summary(long in, long alreadyDone, long scored, long skipped, long notEnglish, long failed, long written,
                          int sources, long positions, String inconsistency) {
        public boolean balanced() {
            return in == scored + skipped + failed && written == in && inconsistency == null;
        }
    }

    private Audit() {
    }

    static FeedReader readerFor(Path file, JsonLinesReader.Fields fields) {
        return readerFor(file, file.toString(), fields, RecordSize.DEFAULT);
    }

    /**
     * By the file's extension (a .gz left out): .csv is CSV, .xml, .rss and .atom are RSS or Atom,
     * anything else JSON Lines; {@code shown}: the file as positions name it.
     */
    static FeedReader readerFor(Path file, String shown, JsonLinesReader.Fields fields, long maxRecordBytes) {
        String name = Inputs.withoutGz(file.getFileName().toString()).toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvFeedReader(file, shown, fields, maxRecordBytes);
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return new XmlFeedReader(file, shown, maxRecordBytes);
        }
        return new JsonLinesReader(file, shown, fields, maxRecordBytes);
    }

    /** The number of records when every input is a directory (one per file), else -1 (unknown). */
    static long total(List<Path> inputs) {
        long total = 0;
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                return -1;
            }
            try {
                total += DirectoryReader.files(input).size();
            } catch (IOException | java.io.UncheckedIOException e) {
                return -1;
            }
        }
        return total;
    }

    public static Summary run(Options options, Function<CheckInput, DocumentResult> checker, PrintWriter err)
            throws IOException, InterruptedException, UsageException {
        return run(options, checker, err, AuditProgress.Settings.OFF);
    }

    /** As above, reporting progress on {@code err} as {@code progress} says. */
    public static Summary run(Options options, Function<CheckInput, DocumentResult> checker, PrintWriter err,
                              AuditProgress.Settings progress) throws IOException, InterruptedException, UsageException {
        JsonLinesReader.Fields fields = new JsonLinesReader.Fields(options.idField(), options.textField(),
                options.htmlField(), options.sourceField(), options.urlField());
        List<RunManifest.Input> inputs = inputs(options.inputs());
        Files.createDirectories(options.directory());
        Path documents = options.directory().resolve(DOCUMENTS);
        Path manifestFile = options.directory().resolve(RunManifest.FILE);
        try (OutputLock lock = OutputLock.acquire(options.directory())) {
            RunManifest manifest = new RunManifest(options.version(), options.resultOptions(), inputs);
            DocumentsFile.Done done = new DocumentsFile.Done(java.util.Set.of(), false, 0, null);
            if (options.resume()) {
                if (Files.exists(manifestFile)) {
                    RunManifest first = RunManifest.read(manifestFile);
                    List<String> differences = first.differences(manifest);
                    if (!differences.isEmpty()) {
                        throw new UsageException("cannot --resume the run in " + options.directory() + ": "
                                + String.join("; ", differences)
                                + " (resume with the first run's inputs and options, or start a new run in another -o DIR)");
                    }
                    manifest = first; // positions keep the first run's names for the inputs
                } else if (Files.exists(documents)) {
                    err.println("unspin: audit: " + manifestFile + ": not found (a run by an older unspin?): the inputs and"
                            + " options of the first run cannot be compared with these");
                    manifest.write(manifestFile);
                } else {
                    manifest.write(manifestFile);
                }
                done = DocumentsFile.resume(documents);
                if (done.cutTornLine()) {
                    err.println("unspin: audit: " + documents + ": cut off a torn last line (its record is checked again)");
                }
                if (done.unreadableLines() > 0) {
                    err.println("unspin: audit: " + documents + ": " + done.unreadableLines() + " lines without a readable position,"
                            + " ignored (their records are checked again)" + (done.firstUnreadable() == null ? "" : "; first: " + done.firstUnreadable()));
                }
            } else if (Files.exists(documents) && Files.size(documents) > 0) {
                throw new UsageException(documents + " already exists: pass --resume to continue that run, or choose another -o DIR");
            } else {
                manifest.write(manifestFile);
            }
            List<FeedReader> readers = new ArrayList<>();
            for (RunManifest.Input input : manifest.inputs()) {
                Path path = Path.of(input.path());
                readers.add(FeedInputs.reader(path, input.name(), fields, options.maxRecordBytes()));
            }
            AuditRun.Counts counts;
            try (DocumentsFile out = new DocumentsFile(documents);
                 AuditProgress reporter = new AuditProgress(err, progress, progress.enabled() ? total(options.inputs()) : -1,
                         System::nanoTime).start()) {
                RecordCheck check = new RecordCheck(checker, options.allLanguages() ? null : LanguageFilter.get());
                counts = new AuditRun(check, options.threads(), options.queueSize(), reporter).run(readers, done.positions(), out);
            }
            PositionCheck positions = PositionCheck.of(documents, counts.positions());
            int sources = report(documents, options.directory());
            return new Summary(counts.in(), counts.alreadyDone(), counts.scored(), counts.skipped(), counts.notEnglish(),
                    counts.failed(), counts.written(), sources, positions.positions(), positions.ok() ? null : positions.problem());
        }
    }

    /**
     * The inputs by canonical path, with their fingerprints, as given (the name positions use);
     * refused: an input that does not exist or cannot be resolved, and one given twice.
     */
    private static List<RunManifest.Input> inputs(List<Path> given) throws IOException, UsageException {
        List<RunManifest.Input> inputs = new ArrayList<>();
        Map<String, Path> seen = new java.util.HashMap<>();
        for (Path input : given) {
            Path canonical;
            try {
                canonical = input.toRealPath();
            } catch (java.nio.file.NoSuchFileException e) {
                throw new UsageException(input + ": no such file or directory");
            } catch (java.nio.file.FileSystemException e) {
                throw new UsageException(input + ": " + (e.getReason() == null ? "cannot be resolved" : e.getReason()));
            }
            if (!Files.isDirectory(canonical) && !Files.isRegularFile(canonical)) {
                throw new UsageException(input + ": not a file or directory");
            }
            Path before = seen.putIfAbsent(canonical.toString(), input);
            if (before != null) {
                throw new UsageException(input + " and " + before + " are the same input (" + canonical + "); give it once");
            }
            inputs.add(RunManifest.fingerprint(input.toString(), canonical));
        }
        return inputs;
    }

    /** Writes sources.csv and summary.html into {@code directory} from a finished documents file; the number of sources. */
    public static int report(Path documents, Path directory) throws IOException {
        List<SourceStats.Row> rows = SourceStats.of(documents);
        SourceStats.write(rows, directory.resolve(SOURCES));
        SummaryPage.write(documents, rows, directory.resolve(SUMMARY));
        return rows.size();
    }
}
