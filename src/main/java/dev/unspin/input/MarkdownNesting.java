package dev.unspin.input;

/**
 * Bounds how deeply nested Markdown is parsed. commonmark-java's parsing time grows with the cube of
 * the nesting depth (thousands of nested lists take minutes), so a line nested deeper than
 * {@link #MAX_DEPTH} levels is blanked out (spaces, its line break kept) before parsing: it is
 * not prose and is never checked, and the lines around it parse as if it were a blank line.
 * Offsets are unchanged. A line's depth is read from its prefix: each block-quote marker
 * ({@code >}) and list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) is one
 * level (with the one space or tab after it), and every two further columns of indentation are one more.
 */
final class MarkdownNesting {
    /** The deepest nesting parsed; deeper lines are not prose. Documented in the README's limits. */
    static final int MAX_DEPTH = 100;

    private MarkdownNesting() {
    }

    /** The text to give the Markdown parser: {@code text} itself, or a copy with its over-deep lines blanked. */
    static String parserInput(String text) {
        char[] blanked = null;
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            if (depth(text, start, end) > MAX_DEPTH) {
                if (blanked == null) {
                    blanked = text.toCharArray();
                }
                for (int i = start; i < end; i++) {
                    if (blanked[i] != '\n' && blanked[i] != '\r') {
                        blanked[i] = ' ';
                    }
                }
            }
            start = end;
        }
        return blanked == null ? text : new String(blanked);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Nesting levels of a line's prefix (it stops counting once past the limit). */
    static int depth(String text, int start, int end) {
        int markers = 0;
        int columns = 0;
        int i = start;
        while (i < end && markers + columns / 2 <= MAX_DEPTH) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
                i++;
            } else {
                int marker = c == '>' ? i + 1 : listMarkerEnd(text, i, end);
                if (marker < 0) {
                    break;
                }
                markers++;
                i = marker < end && (text.charAt(marker) == ' ' || text.charAt(marker) == '\t') ? marker + 1 : marker;
            }
        }
        return markers + columns / 2;
    }

    /** The end of a list marker followed by a space or tab at {@code at}, or -1. */
    private static int listMarkerEnd(String text, int at, int end) {
        int k = at;
        char c = text.charAt(k);
        if (c == '-' || c == '*' || c == '+') {
            k++;
        } else {
            while (k < end && k - at < 9 && Character.isDigit(text.charAt(k))) {
                k++;
            }
            if (k == at || k >= end || text.charAt(k) != '.' && text.charAt(k) != ')') {
                return -1;
            }
            k++;
        }
        return k < end && (text.charAt(k) == ' ' || text.charAt(k) == '\t') ? k : -1;
    }
}
