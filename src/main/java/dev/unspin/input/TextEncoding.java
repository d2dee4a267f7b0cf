package dev.unspin.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How an input's text was encoded: UTF-8 with or without a byte order mark, or UTF-16 with one.
 * The byte order mark is not part of the text (offsets, lines and columns count from after it);
 * {@code fix} writes it back.
 */
public enum TextEncoding {
    UTF_8(StandardCharsets.UTF_8, new byte[0], "UTF-8"),
    UTF_8_BOM(StandardCharsets.UTF_8, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
    UTF_16BE(StandardCharsets.UTF_16BE, new byte[]{(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
    UTF_16LE(StandardCharsets.UTF_16LE, new byte[]{(byte) 0xFF, (byte) 0xFE}, "UTF-16LE");

    private final Charset charset;
    private final byte[] byteOrderMark;
    private final String label;

    TextEncoding(Charset charset, byte[] byteOrderMark, String label) {
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
        this.label = label;
    }

    /** The encoding a byte order mark at the start of {@code bytes} announces; plain UTF-8 without one. */
    public static TextEncoding sniff(byte[] bytes) {
        for (TextEncoding encoding : new TextEncoding[]{UTF_8_BOM, UTF_16BE, UTF_16LE}) {
            if (encoding.startsWithMark(bytes)) {
                return encoding;
            }
        }
        return UTF_8;
    }

    private boolean startsWithMark(byte[] bytes) {
        if (bytes.length < byteOrderMark.length) {
            return false;
        }
        for (int i = 0; i < byteOrderMark.length; i++) {
            if (bytes[i] != byteOrderMark[i]) {
                return false;
            }
        }
        return true;
    }

    public Charset charset() {
        return charset;
    }

    /** Length in bytes of the byte order mark (0 for plain UTF-8). */
    public int markLength() {
        return byteOrderMark.length;
    }

    public boolean hasByteOrderMark() {
        return byteOrderMark.length > 0;
    }

    public boolean isUtf16() {
        return this == UTF_16BE || this == UTF_16LE;
    }

    /** "UTF-8", "UTF-16LE", ... as messages name it. */
    public String label() {
        return label;
    }
}
