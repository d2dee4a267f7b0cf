package dev.unspin.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard error, with every character written passed through {@link TerminalText#safe}: messages
 * echo file names and input, and whichever message carries a control character, it reaches the
 * terminal as a visible escape. The one control character unspin writes itself, the carriage
 * return that redraws audit's progress bar, goes through {@link #carriageReturn}.
 */
public final class StandardErrorWriter extends PrintWriter {
    private final Writer raw;

    /** Flushes on every {@code println}. */
    public StandardErrorWriter(Writer raw) {
        super(new Escaping(raw), true);
        this.raw = raw;
    }

    /** Moves the cursor back to the start of the line (on any other writer: writes a carriage return). */
    public static void carriageReturn(PrintWriter err) {
        if (err instanceof StandardErrorWriter standardError) {
            standardError.flush();
            try {
                standardError.raw.write('\r');
            } catch (IOException e) {
                standardError.setError();
            }
        } else {
            err.print('\r');
        }
    }

    private static final class Escaping extends FilterWriter {
        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (TerminalText.unsafe((char) c, false)) {
                out.write(TerminalText.escaped((char) c));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            out.write(TerminalText.safe(new String(chars, off, len)));
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            out.write(TerminalText.safe(s.substring(off, off + len)));
        }
    }
}
