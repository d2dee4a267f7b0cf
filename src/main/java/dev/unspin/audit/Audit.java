package dev.unspin.audit;

import dev.unspin.engine.DocumentResult;
import dev.unspin.pipeline.CheckInput;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * and whether documents in every language are checked (else those not in English are skipped).
     */
    public record Options(List<Path> inputs, Path directory, String idField, String textField, String htmlField,
                          String sourceField, String urlField, int threads, int queueSize, boolean resume,
                          boolean allLanguages) {
    }

    /** Thrown for a run that cannot start (bad input path, output already there without --resume). */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** The counts of a finished run. */
    public record Summary(long in, long alreadyDone, long scored, long skipped, long notEnglish, long failed, long written,
                          int sources) {
        public boolean balanced() {
            return in == scored + skipped + failed && written == in;
        }
    }

    private Audit() {
    }

    /** By the file's extension (a .gz left out): .csv is CSV, .xml, .rss and .atom are RSS or Atom, anything else JSON Lines. */
    static FeedReader readerFor(Path file, JsonLinesReader.Fields fields) {
        String name = Inputs.withoutGz(file.getFileName().toString()).toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvFeedReader(file, fields);
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return new XmlFeedReader(file);
        }
        return new JsonLinesReader(file, fields);
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
        List<FeedReader> readers = new ArrayList<>();
        JsonLinesReader.Fields fields = new JsonLinesReader.Fields(options.idField(), options.textField(),
                options.htmlField(), options.sourceField(), options.urlField());
        for (Path input : options.inputs()) {
            if (Files.isDirectory(input)) {
                readers.add(new DirectoryReader(input));
            } else if (Files.isRegularFile(input)) {
                readers.add(readerFor(input, fields));
            } else {
                throw new UsageException(input + ": no such file or directory");
            }
        }
        Files.createDirectories(options.directory());
        Path documents = options.directory().resolve(DOCUMENTS);
        DocumentsFile.Done done = new DocumentsFile.Done(java.util.Set.of(), false, 0);
        if (options.resume()) {
            done = DocumentsFile.resume(documents);
            if (done.cutTornLine()) {
                err.println("unspin: audit: " + documents + ": cut off a torn last line (its record is checked again)");
            }
            if (done.unreadableLines() > 0) {
                err.println("unspin: audit: " + documents + ": " + done.unreadableLines() + " lines without a position, ignored");
            }
        } else if (Files.exists(documents) && Files.size(documents) > 0) {
            throw new UsageException(documents + " already exists: pass --resume to continue that run, or choose another -o DIR");
        }
        AuditRun.Counts counts;
        try (DocumentsFile out = new DocumentsFile(documents);
             AuditProgress reporter = new AuditProgress(err, progress, progress.enabled() ? total(options.inputs()) : -1,
                     System::nanoTime).start()) {
            RecordCheck check = new RecordCheck(checker, options.allLanguages() ? null : LanguageFilter.get());
            counts = new AuditRun(check, options.threads(), options.queueSize(), reporter).run(readers, done.positions(), out);
        }
        int sources = report(documents, options.directory());
        return new Summary(counts.in(), counts.alreadyDone(), counts.scored(), counts.skipped(), counts.notEnglish(),
                counts.failed(), counts.written(), sources);
    }

    /** Writes sources.csv and summary.html into {@code directory} from a finished documents file; the number of sources. */
    public static int report(Path documents, Path directory) throws IOException {
        List<SourceStats.Row> rows = SourceStats.of(documents);
        SourceStats.write(rows, directory.resolve(SOURCES));
        SummaryPage.write(documents, rows, directory.resolve(SUMMARY));
        return rows.size();
    }
}
