package dev.unspin.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into windows of at most about {@code size} characters, each checked as a
 * document of its own so that memory stays bounded: a window ends at a paragraph break (a blank
 * line) when there is one in its second half, else at a line break, else after a sentence's full
 * stop, else at a space; only a text with no space at all is cut mid-word. A text no longer than
 * {@code size} is one window, so ordinary documents are checked exactly as a whole.
 */
public final class TextWindows {
    private TextWindows() {
    }

    /** The windows, in order, covering the text without gaps or overlaps. */
    public static List<ProseMask.Range> split(String text, int size) {
        List<ProseMask.Range> windows = new ArrayList<>();
        int start = 0;
        while (text.length() - start > size) {
            int end = cut(text, start, start + size);
            windows.add(new ProseMask.Range(start, end));
            start = end;
        }
        windows.add(new ProseMask.Range(start, text.length()));
        return windows;
    }

    /** Where the window from {@code start} ends, at most {@code limit}. */
    private static int cut(String text, int start, int limit) {
        int earliest = start + (limit - start) / 2;
        int lineBreak = -1;
        int sentence = -1;
        int space = -1;
        for (int i = limit; i > earliest; i--) {
            char c = text.charAt(i - 1);
            if (c == '\r' && text.charAt(i) == '\n') {
                continue;
            }
            if (isLineBreak(c)) {
                if (isBlankLineBefore(text, i - 1, earliest)) {
                    return i;
                }
                lineBreak = lineBreak < 0 ? i : lineBreak;
            } else if (c == ' ' || c == '\t') {
                space = space < 0 ? i : space;
                if (sentence < 0 && i >= 2 && (text.charAt(i - 2) == '.' || text.charAt(i - 2) == '!' || text.charAt(i - 2) == '?')) {
                    sentence = i;
                }
            }
        }
        int best = lineBreak > 0 ? lineBreak : sentence > 0 ? sentence : space;
        if (best > 0) {
            return best;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Whether the line break at {@code at} ends a line that is blank (only spaces and tabs since the previous break). */
    private static boolean isBlankLineBefore(String text, int at, int earliest) {
        int k = at - 1;
        if (text.charAt(at) == '\n' && k >= earliest && text.charAt(k) == '\r') {
            k--;
        }
        while (k >= earliest && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k >= earliest && isLineBreak(text.charAt(k));
    }
}
