package dev.unspin.git;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.text.LineIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of one file added or changed since a git revision: 1-based, inclusive line ranges,
 * or the whole file (an untracked file). Used by {@code check --changed-since} to keep only the
 * findings that touch a changed line.
 */
public final class ChangedLines {
    private static final ChangedLines ALL = new ChangedLines(List.of(), true);
    private final List<Range> ranges;
    private final boolean all;

    private ChangedLines(List<Range> ranges, boolean all) {
        this.ranges = ranges;
        this.all = all;
    }

    /** Every line counts as changed (an untracked file). */
    public static ChangedLines all() {
        return ALL;
    }

    /** Exactly these lines changed; empty ranges (count 0, a pure deletion) are dropped. */
    public static ChangedLines of(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>();
        for (Range r : ranges) {
            if (r.count() > 0) {
                sorted.add(r);
            }
        }
        sorted.sort(Comparator.comparingInt(Range::first));
        return new ChangedLines(List.copyOf(sorted), false);
    }

    public boolean isAll() {
        return all;
    }

    public List<Range> ranges() {
        return ranges;
    }

    /** True when any line from {@code firstLine} to {@code lastLine} (inclusive, 1-based) changed. */
    public boolean touches(int firstLine, int lastLine) {
        if (all) {
            return true;
        }
        for (Range r : ranges) {
            if (r.first() <= lastLine && firstLine <= r.last()) {
                return true;
            }
        }
        return false;
    }

    /** The result's findings on changed lines (a finding spanning several lines counts when any of them changed). */
    public List<Finding> onChangedLines(DocumentResult result) {
        if (all) {
            return result.findings();
        }
        LineIndex lines = result.document().lineIndex();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : result.findings()) {
            int first = lines.line(f.start());
            int last = lines.line(Math.max(f.start(), f.end() - 1));
            if (touches(first, last)) {
                kept.add(f);
            }
        }
        return kept;
    }

    @Override
    public String toString() {
        return all ? "all" : ranges.toString();
    }

    /** {@code count} lines starting at line {@code first} (1-based). */
    public record Range(int first, int count) {
        public Range {
            if (first < 0 || count < 0) {
                throw new IllegalArgumentException("bad line range " + first + "," + count);
            }
        }

        public int last() {
            return first + count - 1;
        }

        @Override
        public String toString() {
            return count == 1 ? String.valueOf(first) : first + "-" + last();
        }
    }
}
