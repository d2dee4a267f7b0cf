package dev.unspin.engine;

import java.util.List;

/**
 * One suspected spin. {@code start}/{@code end} are offsets into the document's ORIGINAL text
 * (Java String indices, end exclusive). {@code original}: where the words this finding replaces
 * stand in a known original ({@code --originals}); null for the reference-free detectors.
 */
public record Finding(String rule, Category category, Severity severity, double confidence,
                      int start, int end, List<String> suggestions, String message, DetectorKind detector,
                      OriginalSpan original) {

    public Finding {
        suggestions = List.copyOf(suggestions);
    }

    /** A finding of a reference-free detector (no original). */
    public Finding(String rule, Category category, Severity severity, double confidence,
                   int start, int end, List<String> suggestions, String message, DetectorKind detector) {
        this(rule, category, severity, confidence, start, end, suggestions, message, detector, null);
    }

    /** The same finding with its offsets moved by {@code by} (from a window's offsets to its document's, and back). */
    public Finding shifted(int by) {
        return by == 0 ? this : new Finding(rule, category, severity, confidence, start + by, end + by, suggestions, message, detector, original);
    }

    /** The same finding at another severity (a configured level). */
    public Finding withSeverity(Severity to) {
        return to == severity ? this : new Finding(rule, category, to, confidence, start, end, suggestions, message, detector, original);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    /** In findings sorted by start (text order), the index of the first starting at or after {@code offset}; the size when none does. */
    public static int firstStartingAtOrAfter(List<Finding> inTextOrder, int offset) {
        int low = 0;
        int high = inTextOrder.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (inTextOrder.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
