package dev.unspin.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether Markdown text stands between inline HTML tags whose content is not prose ({@code <code>},
 * {@code <kbd>}, {@code <samp>}, {@code <pre>}, {@code <script>}, {@code <style>}, {@code <textarea>}),
 * counting opening and closing tags as a paragraph's inline HTML is met in document order.
 */
final class InlineHtmlCode {
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>");

    private int open;

    /** Takes note of one inline HTML node (a tag, a comment, ...). */
    void see(String literal) {
        Matcher tag = TAG.matcher(literal);
        if (!tag.matches() || !HtmlProse.isNotProse(tag.group(2).toLowerCase(Locale.ROOT)) || !tag.group(3).isEmpty()) {
            return;
        }
        open = tag.group(1).isEmpty() ? open + 1 : Math.max(0, open - 1);
    }

    boolean inside() {
        return open > 0;
    }

    /** A new block starts: a tag left open in the previous one does not reach into it. */
    void reset() {
        open = 0;
    }
}
