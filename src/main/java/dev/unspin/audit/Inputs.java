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

    /**
     * The file's bytes, gunzipped on the fly when it starts with the gzip magic number. A gzip file is
     * verified first ({@link GzipCheck}): only the bytes of members that pass their CRC and length
     * checks are read, after which the problem is thrown as a {@link java.util.zip.ZipException}.
     */
    static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1f && second == 0x8b) {
            GzipCheck.Result check = GzipCheck.of(file);
            InputStream gunzipped = check.verifiedBytes() == 0 ? InputStream.nullInputStream() : new GZIPInputStream(in, 1 << 16);
            return new BufferedInputStream(new VerifiedBytes(gunzipped, check), 1 << 16);
        }
        return in;
    }

    /** Reads the rest of a stream, keeping nothing; how many bytes there were. */
    static long countRest(InputStream in) throws IOException {
        byte[] scratch = new byte[1 << 16];
        long count = 0;
        int n;
        while ((n = in.read(scratch)) != -1) {
            count += n;
        }
        return count;
    }

    /** The file name without a trailing .gz. */
    static String withoutGz(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** A one-line description of a read error (a truncated or corrupt gzip stream above all). */
    static String describe(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.io.EOFException || e instanceof java.util.zip.ZipException) {
            return message.startsWith("gzip member") || message.startsWith("bytes after gzip")
                    ? message : "truncated or corrupt gzip data (" + message + ")";
        }
        return "cannot read: " + message;
    }
}
