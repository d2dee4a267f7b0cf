package dev.unspin.originals;

import dev.unspin.audit.FeedInputs;
import dev.unspin.audit.FeedRecord;
import dev.unspin.audit.JsonLinesReader;
import dev.unspin.audit.LanguageFilter;
import dev.unspin.engine.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads originals from the inputs {@code audit} reads (directories of pages; JSON Lines, CSV,
 * RSS/Atom files; gzip or not) into an index. Each original that cannot be used is one line on the
 * problem sink and is skipped: a record that cannot be read, an empty one, one with no words, one not
 * in English; an input that does not exist. Nothing else is lost. An original's id is its record's
 * id (a file's path inside its directory), else its position.
 */
public final class OriginalsReader {
    /** What was read: records in all, originals indexed (before duplicates are removed), records skipped, inputs missing. */
    public record Counts(long records, long indexed, long skipped, long missingInputs) {
    }

    private OriginalsReader() {
    }

    public static Counts index(List<Path> inputs, OriginalsIndexWriter writer, Consumer<String> problems) {
        long[] counts = new long[4];
        LanguageFilter languages = LanguageFilter.get();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                problems.accept(input + ": no such file or directory");
                counts[3]++;
                continue;
            }
            FeedInputs.read(input, JsonLinesReader.Fields.DEFAULT, record -> {
                counts[0]++;
                Optional<String> skip = skipReason(record, languages);
                if (skip.isPresent()) {
                    counts[2]++;
                    problems.accept(record.position() + ": " + skip.get() + " (original skipped)");
                } else {
                    writer.add(record.id() == null ? record.position() : record.id(), record.position(), record.text());
                    counts[1]++;
                }
            });
        }
        return new Counts(counts[0], counts[1], counts[2], counts[3]);
    }

    private static Optional<String> skipReason(FeedRecord record, LanguageFilter languages) {
        if (record.isFailure()) {
            return Optional.of(record.failure());
        }
        String text = record.text();
        if (text == null || text.isBlank()) {
            return Optional.of("empty text");
        }
        if (new Document(record.position(), text).wordCount() == 0) {
            return Optional.of("no words");
        }
        return languages.notEnglish(text).map(LanguageFilter.Foreign::reason);
    }

    /**
     * Originals given directly ({@code --originals}): indexed into a temporary directory, which the
     * returned index deletes when it is closed. Memory stays bounded as with {@code unspin index build}.
     */
    public static OriginalsIndex temporaryIndex(List<Path> inputs, Consumer<String> problems) {
        Path directory;
        try {
            directory = Files.createTempDirectory("unspin-originals");
        } catch (IOException e) {
            throw new OriginalsException("cannot create a temporary directory for the originals' index: " + e.getMessage(), e);
        }
        try (OriginalsIndexWriter writer = OriginalsIndexWriter.create(directory, problems)) {
            index(inputs, writer, problems);
            writer.finish();
        } catch (RuntimeException e) {
            delete(directory);
            throw e;
        }
        return OriginalsIndex.open(directory).deletingOnClose();
    }

    static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
