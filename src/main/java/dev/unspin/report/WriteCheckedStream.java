package dev.unspin.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that remembers its first write error. A {@link java.io.PrintWriter} (what
 * reports and picocli write to) swallows errors; writing through one of these keeps the reason
 * ("No space left on device") for the message, and once a write failed every later write and
 * flush fails at once with the same error, so nothing is written after a gap.
 */
public final class WriteCheckedStream extends FilterOutputStream {
    private IOException failure;

    public WriteCheckedStream(OutputStream out) {
        super(out);
    }

    /** The first write error, or null if every write succeeded. */
    public IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        check();
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        check();
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private void check() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
