package dev.unspin.report;

/**
 * Text from a document or a file name made safe to show on a terminal: every control character
 * (C0 but tab and, in {@link #safe}, line feed; DEL; C1) and every bidirectional embedding,
 * override or isolate (U+202A..U+202E, U+2066..U+2069) is written as a visible escape
 * ({@code \u001B}), so a document cannot clear the screen, move the cursor, set the window title
 * or reorder what is shown. Everything else is left as it is.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** The text with every unsafe character escaped; line feeds and tabs are kept (for layout). */
    public static String safe(String s) {
        return escape(s, false);
    }

    /** The text as one line: line feeds are escaped as well (file names, phrases, messages). */
    public static String oneLine(String s) {
        return escape(s, true);
    }

    /** Whether this character is written as an escape ({@code \n} only when {@code lineBreaks}). */
    public static boolean unsafe(char c, boolean lineBreaks) {
        if (c == '\t') {
            return false;
        }
        if (c == '\n') {
            return lineBreaks;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The visible escape of one character: {@code \u001B}. */
    public static String escaped(char c) {
        return String.format("\\u%04X", (int) c);
    }

    private static String escape(String s, boolean lineBreaks) {
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i), lineBreaks)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c, lineBreaks)) {
                out.append(escaped(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
