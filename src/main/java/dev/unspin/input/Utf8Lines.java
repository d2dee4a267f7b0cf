package dev.unspin.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a UTF-8 stream, one at a time, numbered from 1: a line ends at LF, and a CR before
 * the LF is dropped; a byte order mark at the start of the stream is skipped. A line is kept up to
 * {@code maxLineBytes} bytes: a longer one is skipped and marked too long,
 * so that memory stays bounded whatever the input. A line that is not valid UTF-8 carries the
 * problem, and its text with U+FFFD in place of the bad bytes.
 */
final class Utf8Lines {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * One line: {@code bytes} is its length in the stream, without the line break; {@code invalidUtf8}
     * describes its first bad byte, or is null; a line longer than the limit has no text.
     */
    record Line(long number, String text, long bytes, String invalidUtf8, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkStart;
    private int chunkEnd;
    private byte[] line = new byte[256];
    private long lines;
    private boolean started;

    Utf8Lines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** How many lines were read from the stream so far. */
    long linesRead() {
        return lines;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        int kept = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (chunkStart == chunkEnd && !fill()) {
                break;
            }
            any = true;
            int end = chunkStart;
            while (end < chunkEnd && chunk[end] != '\n') {
                end++;
            }
            int take = (int) Math.min(end - chunkStart, Math.max(0, maxLineBytes + 1L - kept));
            kept = keep(kept, take);
            length += end - chunkStart;
            boolean lineBreak = end < chunkEnd;
            chunkStart = lineBreak ? end + 1 : end;
            if (lineBreak) {
                break;
            }
        }
        if (!any) {
            return null;
        }
        lines++;
        if (length == kept && kept > 0 && line[kept - 1] == '\r') {
            kept--;
            length--;
        }
        if (length > maxLineBytes) {
            return new Line(lines, "", length, null, true);
        }
        try {
            return new Line(lines, Utf8.decode(line, kept), length, null, false);
        } catch (Utf8.Invalid e) {
            return new Line(lines, new String(line, 0, kept, StandardCharsets.UTF_8), length, e.getMessage(), false);
        }
    }

    private int keep(int kept, int take) {
        if (kept + take > line.length) {
            byte[] larger = new byte[Math.max(line.length * 2, kept + take)];
            System.arraycopy(line, 0, larger, 0, kept);
            line = larger;
        }
        System.arraycopy(chunk, chunkStart, line, kept, take);
        return kept + take;
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk);
        if (n <= 0) {
            return false;
        }
        chunkStart = 0;
        chunkEnd = n;
        return true;
    }

    private void skipByteOrderMark() throws IOException {
        while (chunkEnd - chunkStart < BYTE_ORDER_MARK.length) {
            int n = in.read(chunk, chunkEnd, chunk.length - chunkEnd);
            if (n <= 0) {
                break;
            }
            chunkEnd += n;
        }
        if (chunkEnd - chunkStart >= BYTE_ORDER_MARK.length && chunk[0] == BYTE_ORDER_MARK[0]
                && chunk[1] == BYTE_ORDER_MARK[1] && chunk[2] == BYTE_ORDER_MARK[2]) {
            chunkStart += BYTE_ORDER_MARK.length;
        }
    }
}
