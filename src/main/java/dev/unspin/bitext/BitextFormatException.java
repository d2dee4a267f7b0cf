package dev.unspin.bitext;

/** A bilingual file that cannot be read, with the one-line reason (the file's name is added by the caller). */
public final class BitextFormatException extends RuntimeException {
    public BitextFormatException(String message) {
        super(message);
    }
}
