package dev.unspin.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies non-overlapping replacements, given in offsets of the original text, in one pass. */
public final class TextFixer {
    private TextFixer() {
    }

    /**
     * The original text with every replacement applied. Replacements may come in any order but
     * must lie inside the text and must not overlap.
     */
    public static String apply(String original, List<Replacement> replacements) {
        List<Replacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(Replacement::start));
        StringBuilder fixed = new StringBuilder(original.length() + 64);
        int copied = 0;
        for (Replacement r : sorted) {
            if (r.end() > original.length()) {
                throw new IllegalArgumentException("replacement " + r + " ends past the text (length " + original.length() + ")");
            }
            if (r.start() < copied) {
                throw new IllegalArgumentException("replacements overlap at offset " + r.start());
            }
            fixed.append(original, copied, r.start()).append(r.text());
            copied = r.end();
        }
        return fixed.append(original, copied, original.length()).toString();
    }
}
