package dev.unspin.fix;

import dev.unspin.text.ProseMask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds HTML markup: tags (with their attributes), comments, declarations, processing
 * instructions, character references, and whole script, style, code and pre elements (and kbd and
 * samp, code by another name).
 */
final class HtmlRegions {
    private static final Pattern OPEN_TAG = Pattern.compile(
            "<([A-Za-z][A-Za-z0-9-]*+)(?:\\s++[^\\s\"'>/=]++(?:\\s*+=\\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\\s\"'=<>`]++))?+)*+\\s*+(/?)>");
    private static final Pattern CLOSE_TAG = Pattern.compile("</[A-Za-z][A-Za-z0-9-]*+\\s*+>");
    private static final Pattern DECLARATION = Pattern.compile("<![A-Za-z][^>]*+>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Map<String, Pattern> RAW_ELEMENT_ENDS = Map.of(
            "script", closing("script"), "style", closing("style"), "code", closing("code"), "pre", closing("pre"),
            "kbd", closing("kbd"), "samp", closing("samp"));

    private HtmlRegions() {
    }

    /** Every protected range of an HTML document. */
    static List<ProseMask.Range> find(String text) {
        List<ProseMask.Range> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = markupAt(text, i, text.length(), out);
            i = end > i ? end : i + 1;
        }
        return out;
    }

    /**
     * If markup starts at {@code at} (and ends before {@code limit}), adds its range to
     * {@code out} and returns where it ends; otherwise returns -1. An opening script, style, code,
     * pre, kbd or samp tag takes its element up to the closing tag (or to {@code limit} if there is none);
     * so does an unclosed comment.
     */
    static int markupAt(String text, int at, int limit, List<ProseMask.Range> out) {
        char c = text.charAt(at);
        int end = -1;
        if (c == '&') {
            end = lookingAt(ENTITY, text, at, limit);
        } else if (c == '<') {
            if (text.startsWith("<!--", at)) {
                end = endAfter(text, "-->", at + 4, limit);
            } else if (text.startsWith("<![CDATA[", at)) {
                end = endAfter(text, "]]>", at + 9, limit);
            } else if (text.startsWith("<?", at)) {
                end = endAfter(text, "?>", at + 2, limit);
            } else if ((end = lookingAt(DECLARATION, text, at, limit)) < 0
                    && (end = lookingAt(CLOSE_TAG, text, at, limit)) < 0) {
                end = openTag(text, at, limit);
            }
        }
        if (end > at) {
            out.add(new ProseMask.Range(at, end));
        }
        return end;
    }

    private static int openTag(String text, int at, int limit) {
        Matcher m = OPEN_TAG.matcher(text).region(at, limit);
        if (!m.lookingAt()) {
            return -1;
        }
        Pattern rawEnd = RAW_ELEMENT_ENDS.get(m.group(1).toLowerCase(Locale.ROOT));
        if (rawEnd == null || !m.group(2).isEmpty()) {
            return m.end();
        }
        Matcher close = rawEnd.matcher(text).region(m.end(), limit);
        return close.find() ? close.end() : limit;
    }

    private static int lookingAt(Pattern pattern, String text, int at, int limit) {
        Matcher m = pattern.matcher(text).region(at, limit);
        return m.lookingAt() ? m.end() : -1;
    }

    /** Just past {@code terminator} if it occurs before {@code limit}, else {@code limit}. */
    private static int endAfter(String text, String terminator, int from, int limit) {
        int found = text.indexOf(terminator, from);
        return found >= 0 && found + terminator.length() <= limit ? found + terminator.length() : limit;
    }

    private static Pattern closing(String name) {
        return Pattern.compile("</" + name + "\\s*>", Pattern.CASE_INSENSITIVE);
    }
}
