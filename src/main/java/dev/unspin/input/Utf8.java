package dev.unspin.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: bytes that are not UTF-8 are refused with a one-line description of the first bad byte. */
public final class Utf8 {
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int offset = buffer.position();
            throw new Invalid(offset < length
                    ? String.format("not valid UTF-8 (byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset)
                    : "not valid UTF-8 (truncated sequence at the end)");
        }
    }
}
