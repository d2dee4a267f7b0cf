package dev.unspin.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Which characters of a document's original text are not prose (code, URLs, tags, markup
 * characters, front matter), and where a block of markup ends so that a sentence must end too.
 * The matching view replaces every non-prose character with a space (a line break stays a line
 * break) and every break with a blank line, one character for one, so offsets still map exactly
 * onto the original. Plain text has no mask ({@link #NONE}).
 */
public final class ProseMask {
    public static final ProseMask NONE = new ProseMask(List.of(), new int[0]);

    private final List<Range> nonProse;
    private final int[] breaks;

    /**
     * @param nonProse ranges of original offsets that are not prose, in any order, may overlap
     * @param breaks   original offsets of characters that end a block: each becomes a blank line
     *                 in the matching view when it is a line break or not prose (else it is ignored)
     */
    public ProseMask(List<Range> nonProse, int[] breaks) {
        this.nonProse = Range.merged(nonProse);
        int[] sorted = breaks.clone();
        Arrays.sort(sorted);
        this.breaks = sorted;
    }

    /** Merged, sorted non-prose ranges. */
    public List<Range> nonProse() {
        return nonProse;
    }

    /** The mask of {@code [from, to)} of the text, in offsets from {@code from}. */
    public ProseMask slice(int from, int to) {
        if (isEmpty()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (Range r : nonProse) {
            if (r.end() > from && r.start() < to) {
                ranges.add(new Range(Math.max(r.start(), from) - from, Math.min(r.end(), to) - from));
            }
        }
        return new ProseMask(ranges, Arrays.stream(breaks).filter(b -> b >= from && b < to).map(b -> b - from).toArray());
    }

    public boolean isEmpty() {
        return nonProse.isEmpty() && breaks.length == 0;
    }

    /** A per-character view: true where the original character is not prose. */
    boolean[] nonProseFlags(int length) {
        boolean[] flags = new boolean[length];
        for (Range r : nonProse) {
            Arrays.fill(flags, Math.max(0, r.start()), Math.min(length, r.end()), true);
        }
        return flags;
    }

    boolean[] breakFlags(int length) {
        boolean[] flags = new boolean[length];
        for (int b : breaks) {
            if (b >= 0 && b < length) {
                flags[b] = true;
            }
        }
        return flags;
    }


    /** {@code [start, end)} in original-text offsets (UTF-16 code units). */
    public record Range(int start, int end) {
        /** The ranges sorted by start, empty ones dropped, overlapping and touching ones merged. */
        public static List<Range> merged(List<Range> ranges) {
            List<Range> sorted = new ArrayList<>(ranges);
            sorted.sort(Comparator.comparingInt(Range::start));
            List<Range> merged = new ArrayList<>();
            for (Range r : sorted) {
                if (r.end() <= r.start()) {
                    continue;
                }
                Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && r.start() <= last.end()) {
                    merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), r.end())));
                } else {
                    merged.add(r);
                }
            }
            return List.copyOf(merged);
        }
    }
}
