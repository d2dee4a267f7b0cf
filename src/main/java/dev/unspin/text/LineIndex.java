package dev.unspin.text;

import java.util.Arrays;

/** 1-based line and column (in UTF-16 code units) of offsets in a text. */
public final class LineIndex {
    private final int[] lineStarts;

    public LineIndex(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    public int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }
}
