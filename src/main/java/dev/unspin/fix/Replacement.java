package dev.unspin.fix;

import java.util.Objects;

/**
 * Replace {@code original[start, end)} with {@code text}. Offsets are Java String indices into
 * the ORIGINAL text, end exclusive, like a finding's.
 */
public record Replacement(int start, int end, String text) {

    public Replacement {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad replacement range [" + start + ", " + end + ")");
        }
    }
}
