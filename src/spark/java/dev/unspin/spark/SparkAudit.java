package dev.unspin.spark;

import dev.unspin.audit.Audit;
import dev.unspin.originals.OriginalsException;
import dev.unspin.originals.OriginalsIndex;
import dev.unspin.audit.FeedRecord;
import dev.unspin.model.SynonymTable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code unspin audit} as a Spark job (submitted with spark-submit): reads JSON Lines or Parquet
 * files into records on the executors, spreads them over the partitions, checks each partition with
 * the local audit's per-record step and writes the same documents.jsonl, sources.csv and summary.html.
 */
public final class SparkAudit {
    private SparkAudit() {
    }

    public static void main(String[] args) {
        int code = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Parses the options and runs the job in the active Spark session (a new one if none); the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        SparkAuditOptions options = new SparkAuditOptions();
        CommandLine cli = new CommandLine(options).setCaseInsensitiveEnumValuesAllowed(true);
        try {
            cli.parseArgs(args);
            try {
                options.maxRecordBytes();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cli, e.getMessage());
            }
            if (options.partitions != null && options.partitions < 1) {
                throw new CommandLine.ParameterException(cli, "--partitions must be at least 1, got " + options.partitions);
            }
        } catch (CommandLine.ParameterException e) {
            err.println("unspin-spark-audit: " + e.getMessage());
            cli.usage(err);
            return 2;
        }
        if (cli.isUsageHelpRequested()) {
            cli.usage(out);
            return 0;
        }
        try {
            AuditOutput.Written written = audit(SparkSession.builder().appName("unspin audit").getOrCreate(), options);
            out.printf("%d lines written to %s/%s; %d sources in %s/%s; summary: %s/%s%n", written.documents(),
                    options.directory, Audit.DOCUMENTS, written.sources(), options.directory, Audit.SOURCES,
                    options.directory, Audit.SUMMARY);
            return 0;
        } catch (Audit.UsageException e) {
            err.println("unspin-spark-audit: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("unspin-spark-audit: " + e.getMessage());
            return 2;
        }
    }

    static AuditOutput.Written audit(SparkSession spark, SparkAuditOptions options) throws IOException, Audit.UsageException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // the model and the synonym table beside it, shipped to every executor's working directory
        for (Path file : List.of(options.model, options.model.resolveSibling(SynonymTable.FILE_NAME))) {
            if (!Files.isRegularFile(file)) {
                throw new Audit.UsageException("language model not found: " + file
                        + "; build it with `mvn -Pspark -DskipTests package` or name it with --model FILE");
            }
            sc.addFile(file.toAbsolutePath().toString());
        }
        String index = null;
        if (options.index != null) {
            try {
                OriginalsIndex.open(options.index).close(); // refused here, before the job, if it cannot be used
            } catch (OriginalsException e) {
                throw new Audit.UsageException(e.getMessage());
            }
            index = options.index.toAbsolutePath().toString();
        }
        AuditOutput output = new AuditOutput(options.directory, sc.hadoopConfiguration());
        List<JavaRDD<FeedRecord>> inputs = new ArrayList<>();
        for (InputFile file : InputFile.expand(options.inputs, sc.hadoopConfiguration())) {
            inputs.add(switch (SparkAuditOptions.Format.of(file.path().getName(), options.format)) {
                case JSONL -> JsonLinesInput.records(sc, file, options.fields(), options.maxRecordBytes());
                case PARQUET -> ParquetInput.records(spark, file, options.fields());
            });
        }
        @SuppressWarnings("unchecked")
        JavaRDD<FeedRecord> records = sc.union(inputs.toArray(new JavaRDD[0]));
        int partitions = options.partitions != null ? options.partitions : 4 * sc.defaultParallelism();
        return output.write(records.repartition(partitions).mapPartitions(new PartitionCheck(options.allLanguages, index)));
    }
}
