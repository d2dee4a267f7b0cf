package dev.unspin.fix;

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
        List<Range> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Range::start));
        List<Range> merged = new ArrayList<>();
        for (Range r : sorted) {
            if (r.end() <= r.start()) {
                continue;
            }
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.start() <= last.end()) {
                merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        this.ranges = List.copyOf(merged);
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

    /** {@code [start, end)} in original-text offsets. */
    public record Range(int start, int end) {
    }
}
