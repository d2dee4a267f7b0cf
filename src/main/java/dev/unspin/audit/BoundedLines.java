package dev.unspin.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an input line by line (split at \n) keeping at most {@code maxBytes} of a line in memory:
 * a longer line is read through to its end and only its length is kept, so one huge line (a gzip
 * stream that inflates to a gigabyte) never fills the heap.
 */
final class BoundedLines {
    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int at;
    private int end;

    BoundedLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /**
     * Puts the next line (without its \n) into {@code out} and returns its length in bytes; when that
     * is over the limit, {@code out} is left empty. -1 at the end of the input.
     */
    long next(ByteArrayOutputStream out) throws IOException {
        out.reset();
        long length = 0;
        boolean any = false;
        while (true) {
            if (at == end) {
                end = in.read(buffer);
                at = 0;
                if (end == -1) {
                    end = 0;
                    return any ? length : -1;
                }
            }
            any = true;
            int newline = at;
            while (newline < end && buffer[newline] != '\n') {
                newline++;
            }
            int n = newline - at;
            if (length + n <= maxBytes) {
                out.write(buffer, at, n);
            } else if (out.size() > 0) {
                out.reset();
            }
            length += n;
            at = newline;
            if (newline < end) {
                at++;
                return length;
            }
        }
    }
}
