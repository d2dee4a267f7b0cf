package dev.unspin.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The inputs {@code audit} reads, for any command that reads records: a directory of pages, or a
 * JSON Lines, CSV or RSS/Atom file (gzip-compressed or not), told apart as {@code audit} tells them.
 */
public final class FeedInputs {
    private FeedInputs() {
    }

    /** The reader of one input; {@code shown}: the input as positions name it. */
    static FeedReader reader(Path input, String shown, JsonLinesReader.Fields fields, long maxRecordBytes) {
        return Files.isDirectory(input) ? new DirectoryReader(input, Path.of(shown), maxRecordBytes)
                : Audit.readerFor(input, shown, fields, maxRecordBytes);
    }

    /**
     * Hands every record of {@code input} to {@code sink}, one at a time, in the input's order; a
     * record that cannot be read is handed on as a failure ({@link FeedRecord#isFailure()}).
     */
    public static void read(Path input, JsonLinesReader.Fields fields, Consumer<FeedRecord> sink) {
        reader(input, input.toString(), fields, RecordSize.DEFAULT).read(sink);
    }
}
