package dev.unspin.originals;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The file that marks a directory as an index of originals and says which format it is in
 * ({@value #FILE}: {@code format}, the number of originals, the Lucene version that wrote it). An index
 * of another format (built by another version of unspin) is refused with a message saying how to rebuild it.
 */
final class IndexStamp {
    static final String FILE = "unspin-index.properties";
    /** Bumped whenever what is indexed, or how, changes. */
    static final int FORMAT = 1;

    private IndexStamp() {
    }

    static void write(Path directory, long originals) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("originals", Long.toString(originals));
        p.setProperty("lucene", org.apache.lucene.util.Version.LATEST.toString());
        try (Writer out = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(out, "unspin index of originals");
        }
    }

    static boolean present(Path directory) {
        return Files.isRegularFile(directory.resolve(FILE));
    }

    /** The number of originals in the index, or the reason it cannot be read. */
    static long check(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new OriginalsException(directory + ": no such index directory");
        }
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new OriginalsException(directory + ": not an unspin index of originals (no " + FILE
                    + "); build one with `unspin index build --originals PATH... -o " + directory + "`");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new OriginalsException(file + ": cannot read the index stamp: " + e.getMessage());
        }
        String format = p.getProperty("format", "?");
        if (!format.equals(Integer.toString(FORMAT))) {
            throw new OriginalsException(directory + ": index format " + format + " was written by another version of unspin"
                    + " (this one reads format " + FORMAT + "); rebuild it with `unspin index build`");
        }
        try {
            return Long.parseLong(p.getProperty("originals", "0"));
        } catch (NumberFormatException e) {
            throw new OriginalsException(file + ": originals is not a number: " + p.getProperty("originals"));
        }
    }
}
