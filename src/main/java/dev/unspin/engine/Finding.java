package dev.unspin.engine;

import java.util.List;

/**
 * One suspected spin. {@code start}/{@code end} are offsets into the document's ORIGINAL text
 * (Java String indices, end exclusive).
 */
public record Finding(String rule, Category category, Severity severity, double confidence,
                      int start, int end, List<String> suggestions, String message, DetectorKind detector) {

    public Finding {
        suggestions = List.copyOf(suggestions);
    }

    /** The same finding with its offsets moved by {@code by} (from a window's offsets to its document's, and back). */
    public Finding shifted(int by) {
        return by == 0 ? this : new Finding(rule, category, severity, confidence, start + by, end + by, suggestions, message, detector);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
