package dev.unspin.originals;

/** Originals or an index that cannot be used; the message is one line naming the path and the problem. */
public final class OriginalsException extends RuntimeException {
    public OriginalsException(String message) {
        super(message);
    }

    public OriginalsException(String message, Throwable cause) {
        super(message, cause);
    }
}
