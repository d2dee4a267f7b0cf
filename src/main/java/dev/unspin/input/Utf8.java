package dev.unspin.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding: bytes that are not valid in their encoding (UTF-8; UTF-16 for an input that says so
 * with a byte order mark) are refused with a one-line description of the first bad byte. The bytes are
 * checked through a small buffer first, so a large input is decoded once, straight into its String.
 */
public final class Utf8 {
    private static final int CHECK_BUFFER_CHARS = 1 << 13;

    private Utf8() {
    }

    /** Thrown by {@link #decode} with a one-line description of the first bad byte. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** The text of the first {@code length} bytes. */
    public static String decode(byte[] bytes, int length) throws Invalid {
        return decode(bytes, 0, length, StandardCharsets.UTF_8, "UTF-8");
    }

    /**
     * The text of {@code bytes[from, to)} in {@code charset}; the description names the encoding as
     * {@code label} and the bad byte by its offset in {@code bytes}.
     */
    static String decode(byte[] bytes, int from, int to, Charset charset, String label) throws Invalid {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(CHECK_BUFFER_CHARS);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                int offset = in.position();
                throw new Invalid(offset < to
                        ? String.format("not valid %s (byte 0x%02X at offset %d)", label, bytes[offset] & 0xFF, offset)
                        : "not valid " + label + " (truncated sequence at the end)");
            }
            if (result.isUnderflow()) {
                return new String(bytes, from, to - from, charset);
            }
            out.clear();
        }
    }
}
