package dev.unspin.audit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opening inputs (gzip-compressed or not, told by their first bytes) and strict UTF-8 decoding. */
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

    /** Thrown by {@link #utf8} with a one-line description of the first bad byte. */
    static final class NotUtf8 extends Exception {
        NotUtf8(String message) {
            super(message);
        }
    }

    static String utf8(byte[] bytes, int length) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int offset = buffer.position();
            throw new NotUtf8(offset < length
                    ? String.format("not valid UTF-8 (byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset)
                    : "not valid UTF-8 (truncated sequence at the end)");
        }
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
