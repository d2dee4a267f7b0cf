package dev.unspin.audit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opening inputs (gzip-compressed or not, told by their first bytes) and describing read errors. */
final class Inputs {
    private Inputs() {
    }

    /** The file's bytes, gunzipped on the fly when it starts with the gzip magic number. */
    static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1f && second == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    /** The file name without a trailing .gz. */
    static String withoutGz(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** A one-line description of a read error (a truncated or corrupt gzip stream above all). */
    static String describe(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.io.EOFException || e instanceof java.util.zip.ZipException) {
            return "truncated or corrupt gzip data (" + message + ")";
        }
        return "cannot read: " + message;
    }
}
