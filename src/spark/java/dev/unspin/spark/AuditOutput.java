package dev.unspin.spark;

import dev.unspin.audit.Audit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The job's output directory (on any Hadoop file system): the executors write the documents lines
 * as part files into DIR/documents.parts; the driver then joins them, in part order, into
 * DIR/documents.jsonl, writes sources.csv and summary.html from it with the local audit's code
 * ({@link Audit#report}, working on a copy in a local temporary directory), and removes the parts.
 */
final class AuditOutput {
    static final String PARTS = "documents.parts";

    private final Path directory;
    private final FileSystem fs;

    /** Refuses a directory whose documents.jsonl is already there and not empty, as {@code unspin audit} does. */
    AuditOutput(String directory, Configuration conf) throws IOException, Audit.UsageException {
        this.directory = new Path(directory);
        this.fs = this.directory.getFileSystem(conf);
        fs.setWriteChecksum(false);
        Path documents = new Path(this.directory, Audit.DOCUMENTS);
        if (fs.exists(documents) && fs.getFileStatus(documents).getLen() > 0) {
            throw new Audit.UsageException(documents + " already exists: choose another -o DIR");
        }
        if (fs.exists(new Path(this.directory, PARTS))) {
            throw new Audit.UsageException(new Path(this.directory, PARTS) + " already exists (left by a failed run?): remove it or choose another -o DIR");
        }
    }

    /** What was written: the documents lines and the sources. */
    record Written(long documents, int sources) {
    }

    Written write(JavaRDD<String> lines) throws IOException {
        Path parts = new Path(directory, PARTS);
        lines.saveAsTextFile(parts.toString());
        java.nio.file.Path local = Files.createTempDirectory("unspin-spark-audit");
        try {
            java.nio.file.Path localDocuments = local.resolve(Audit.DOCUMENTS);
            long count = join(parts, localDocuments);
            int sources = Audit.report(localDocuments, local);
            for (String report : new String[] {Audit.SOURCES, Audit.SUMMARY}) {
                fs.copyFromLocalFile(new Path(local.resolve(report).toUri()), new Path(directory, report));
            }
            fs.delete(parts, true);
            return new Written(count, sources);
        } finally {
            for (String file : new String[] {Audit.DOCUMENTS, Audit.SOURCES, Audit.SUMMARY}) {
                Files.deleteIfExists(local.resolve(file));
            }
            Files.delete(local);
        }
    }

    /** Joins the part files into DIR/documents.jsonl and a local copy; the number of lines. */
    private long join(Path parts, java.nio.file.Path localCopy) throws IOException {
        FileStatus[] files = fs.listStatus(parts, p -> p.getName().startsWith("part-"));
        Arrays.sort(files, Comparator.comparing(FileStatus::getPath));
        long count = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(fs.create(new Path(directory, Audit.DOCUMENTS), true),
                StandardCharsets.UTF_8));
             Writer copy = Files.newBufferedWriter(localCopy, StandardCharsets.UTF_8)) {
            for (FileStatus file : files) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file.getPath()), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        out.write(line + "\n");
                        copy.write(line + "\n");
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
