package dev.unspin.bitext;

/**
 * A segment's text as a translator reads it (entities and escapes decoded, inline codes left out),
 * with where each of its characters is in the file: character {@code i} was written at file offsets
 * {@code [start(i), end(i))} (more than one character for {@code &amp;} or {@code \"}).
 */
public record MappedText(String text, int[] starts, int[] ends) {

    public MappedText {
        if (starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("one file range per character");
        }
    }

    /** A text written verbatim from file offset {@code from}. */
    public static MappedText verbatim(String text, int from) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            starts[i] = from + i;
            ends[i] = from + i + 1;
        }
        return new MappedText(text, starts, ends);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The file offset where the text's characters {@code [from, to)} begin; {@code to > from}. */
    public int fileStart(int from) {
        return starts[from];
    }

    /** The file offset just after the text's characters {@code [from, to)}; {@code to > from}. */
    public int fileEnd(int to) {
        return ends[to - 1];
    }

    /** Builds a mapped text character by character. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[16];
        private int[] ends = new int[16];

        /** Appends {@code c}, written at {@code [start, end)} of the file. */
        public Builder append(char c, int start, int end) {
            if (text.length() == starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                ends = java.util.Arrays.copyOf(ends, ends.length * 2);
            }
            starts[text.length()] = start;
            ends[text.length()] = end;
            text.append(c);
            return this;
        }

        public MappedText build() {
            int n = text.length();
            return new MappedText(text.toString(), java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
        }
    }
}
