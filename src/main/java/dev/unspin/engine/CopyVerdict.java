package dev.unspin.engine;

import java.util.Locale;

/**
 * How a document relates to the known originals ({@code --originals}, {@code --index}): nearly the
 * same text (syndication), the same text with many words swapped, the same story with passages
 * added, removed or rewritten, or no original found. Given beside the spin verdict, which it does not replace.
 */
public enum CopyVerdict {
    VERBATIM_COPY, SPUN_COPY, EDITED_COPY, INDEPENDENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isCopy() {
        return this != INDEPENDENT;
    }
}
