package dev.unspin.text;

import java.util.Arrays;

/**
 * 1-based line and column (in UTF-16 code units) of offsets in a text. A line ends at a line feed,
 * a carriage return followed by a line feed, or a lone carriage return (old Mac files), as editors count.
 */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (lineEnd) {
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

    /** Where a line's text ends: at its line terminator (CR, CRLF or LF), or at the end of the text. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        if (end > lineStart(line) && line < lineStarts.length && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > lineStart(line) && line < lineStarts.length && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }
}
