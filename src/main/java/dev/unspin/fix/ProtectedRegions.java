package dev.unspin.fix;

import dev.unspin.text.ProseMask.Range;

import dev.unspin.input.InputFormat;
import dev.unspin.text.ProseMask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Offset ranges of a document's original text that a fix must never change: in Markdown, code
 * (fenced, indented, inline), link and image URLs, autolinks, raw HTML, YAML front matter and
 * markup characters; in HTML, tags, comments, entities and the content of script, style, code,
 * pre, kbd and samp. Plain text has none. The ranges are sorted and merged.
 */
public final class ProtectedRegions {
    private final List<Range> ranges;

    private ProtectedRegions(List<Range> found) {
        this.ranges = Range.merged(found);
    }

    public static ProtectedRegions none() {
        return new ProtectedRegions(List.of());
    }

    /** The regions of a file's text by its extension: .md/.markdown, .html/.htm, anything else is plain text. */
    public static ProtectedRegions forFile(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return markdown(text);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return html(text);
        }
        return none();
    }

    /** The regions of a text in a format: the heuristic ones of Markdown and HTML, or none for plain text. */
    public static ProtectedRegions forFormat(InputFormat format, String text) {
        return switch (format) {
            case MARKDOWN -> markdown(text);
            case HTML -> html(text);
            case TEXT, PO, XLIFF, TMX, TSV -> none();
        };
    }

    /**
     * These regions plus what a parser found not to be prose, except stretches of whitespace only
     * (a line break inside a paragraph may be rewritten with its words).
     */
    public ProtectedRegions plus(String text, ProseMask mask) {
        List<Range> all = new ArrayList<>(ranges);
        for (ProseMask.Range r : mask.nonProse()) {
            if (!text.substring(r.start(), r.end()).isBlank()) {
                all.add(new Range(r.start(), r.end()));
            }
        }
        return new ProtectedRegions(all);
    }

    public static ProtectedRegions markdown(String text) {
        return new ProtectedRegions(MarkdownRegions.find(text));
    }

    public static ProtectedRegions html(String text) {
        return new ProtectedRegions(HtmlRegions.find(text));
    }

    public List<Range> ranges() {
        return ranges;
    }

    /** Whether {@code [start, end)} shares at least one character with a protected range. */
    public boolean overlaps(int start, int end) {
        int lo = 0;
        int hi = ranges.size() - 1;
        int candidate = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid).start() < end) {
                candidate = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return candidate >= 0 && ranges.get(candidate).end() > start;
    }
}
