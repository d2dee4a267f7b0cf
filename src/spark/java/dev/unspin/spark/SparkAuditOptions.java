package dev.unspin.spark;

import dev.unspin.audit.JsonLinesReader;
import dev.unspin.audit.RecordSize;
import dev.unspin.model.ModelLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The command line of the Spark job: inputs, their format, the field names (as {@code unspin audit}'s) and -o DIR. */
@Command(name = "unspin-spark-audit", sortOptions = false,
        description = {"Audit a crawl on a Spark cluster: check every record of JSON Lines or Parquet files and write"
                + " DIR/documents.jsonl, DIR/sources.csv and DIR/summary.html, as unspin audit does."})
final class SparkAuditOptions {
    /** How a file is read. */
    enum Format {
        JSONL, PARQUET;

        /** The format of a file: --format when given, else Parquet for a .parquet name and JSON Lines for any other. */
        static Format of(String fileName, Format given) {
            if (given != null) {
                return given;
            }
            return fileName.toLowerCase(Locale.ROOT).endsWith(".parquet") ? PARQUET : JSONL;
        }
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, directories (every file in them) or glob patterns, on any file system Spark reads"
                    + " (hdfs://, s3a://, file:); .gz files are gunzipped.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Directory for documents.jsonl, sources.csv and summary.html (created if needed).")
    String directory;

    @Option(names = "--format", paramLabel = "jsonl|parquet",
            description = "How to read the inputs (default: Parquet for names ending in .parquet, JSON Lines for the rest).")
    Format format;

    @Option(names = "--id-field", paramLabel = "NAME", description = "Field (column) with the record's id (default: id; absent: FILE:LINE).")
    String idField = JsonLinesReader.Fields.DEFAULT.id();

    @Option(names = "--text-field", paramLabel = "NAME", description = "Field (column) with plain text (default: text).")
    String textField = JsonLinesReader.Fields.DEFAULT.text();

    @Option(names = "--html-field", paramLabel = "NAME",
            description = "Field (column) with an HTML page, of which the article text is checked; wins over the text field (default: html).")
    String htmlField = JsonLinesReader.Fields.DEFAULT.html();

    @Option(names = "--source-field", paramLabel = "NAME",
            description = "Field (column) naming the source (default: source; absent: the URL's host).")
    String sourceField = JsonLinesReader.Fields.DEFAULT.source();

    @Option(names = "--url-field", paramLabel = "NAME", description = "Field (column) with the record's URL (default: url).")
    String urlField = JsonLinesReader.Fields.DEFAULT.url();

    @Option(names = "--model", paramLabel = "FILE",
            description = "The model detector's language model, shipped to the executors with the job"
                    + " (default: model/en-us-3gram.bin beside the jar, as the build writes it; or -Dunspin.model / UNSPIN_MODEL).")
    Path model = ModelLocation.defaultPath();

    @Option(names = "--index", paramLabel = "DIR",
            description = "Compare every document with the originals in this index (built by `unspin index build`), at a path"
                    + " every executor can read (a shared file system): each executor opens it once; the driver reads no original.")
    Path index;

    @Option(names = "--all-languages", description = "Check every document, whatever its language (default: skip those"
            + " confidently detected as another language, as unspin audit does).")
    boolean allLanguages;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions the records are spread over before checking (default: 4 per core of the cluster).")
    Integer partitions;

    @Option(names = "--max-record-size", paramLabel = "SIZE",
            description = "Largest JSON Lines line checked, e.g. 512K, 20M (default: 20M, as unspin audit); a larger one is a failed line.")
    String maxRecordSize = "20M";

    /** --max-record-size in bytes. */
    long maxRecordBytes() {
        return RecordSize.parse(maxRecordSize);
    }

    JsonLinesReader.Fields fields() {
        return new JsonLinesReader.Fields(idField, textField, htmlField, sourceField, urlField);
    }
}
