package dev.unspin.report;

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values. One
 * rule for both keeps call sites simple: {@code & < > " '} become character references,
 * everything else is copied as is (the page is UTF-8).
 */
public final class HtmlEscaper {
    private HtmlEscaper() {
    }

    public static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString();
    }

    /** Appends {@code text[from, to)} escaped to {@code out}. */
    public static void escape(CharSequence text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
