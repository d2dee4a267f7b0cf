package dev.unspin.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A unified diff ({@code --- a/PATH}, {@code +++ b/PATH}, {@code @@ -l,n +l,n @@} hunks with three
 * lines of context) between a text and the same text with replacements applied. It is computed
 * from the replacements, not by searching for a longest common subsequence, so it is exact and
 * linear in the text's size: the lines a group of replacements touches are replaced by the lines
 * they become. A replacement that removes or adds a line break changes the line count; when a
 * group's new text does not end with a line break, the next line joins the group, so both sides of
 * every change are whole lines. Lines keep their own terminators ({@code \n} or {@code \r\n}); a
 * last line without one is followed by {@code \ No newline at end of file}.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private final String original;
    private final int[] lineStarts;

    private UnifiedDiff(String original) {
        this.original = original;
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < original.length(); i = lineEnd(original, i)) {
            starts.add(i);
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The diff, or an empty string when the replacements change nothing. */
    public static String of(String path, String original, List<Replacement> replacements) {
        UnifiedDiff diff = new UnifiedDiff(original);
        List<Change> changes = diff.changes(replacements);
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- a/").append(path).append("\n+++ b/").append(path).append('\n');
        int delta = 0;
        int first = 0;
        while (first < changes.size()) {
            int last = first;
            while (last + 1 < changes.size() && changes.get(last + 1).from - changes.get(last).to <= 2 * CONTEXT) {
                last++;
            }
            delta = diff.hunk(changes.subList(first, last + 1), delta, out);
            first = last + 1;
        }
        return out.toString();
    }

    /** Writes one hunk; returns the line-count difference (new minus old) after it. */
    private int hunk(List<Change> changes, int delta, StringBuilder out) {
        int from = Math.max(0, changes.get(0).from - CONTEXT);
        int to = Math.min(lineCount(), changes.get(changes.size() - 1).to + CONTEXT);
        int newStart = from + delta;
        int newCount = to - from;
        for (Change c : changes) {
            newCount += c.lines.size() - (c.to - c.from);
        }
        out.append("@@ -").append(range(from, to - from)).append(" +").append(range(newStart, newCount)).append(" @@\n");
        int line = from;
        for (Change c : changes) {
            for (; line < c.from; line++) {
                appendLine(out, ' ', line(line));
            }
            for (; line < c.to; line++) {
                appendLine(out, '-', line(line));
            }
            c.lines.forEach(l -> appendLine(out, '+', l));
            delta += c.lines.size() - (c.to - c.from);
        }
        for (; line < to; line++) {
            appendLine(out, ' ', line(line));
        }
        return delta;
    }

    /**
     * Groups the replacements into changes of whole lines, dropping the ones that change nothing;
     * changes on consecutive lines become one, so their removed lines come before their added ones.
     */
    private List<Change> changes(List<Replacement> replacements) {
        List<Replacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(Replacement::start));
        List<Change> changes = new ArrayList<>();
        if (lineCount() == 0) {
            String added = TextFixer.apply(original, sorted);
            return added.isEmpty() ? changes : List.of(new Change(0, 0, splitLines(added)));
        }
        int i = 0;
        while (i < sorted.size()) {
            int from = lineOf(sorted.get(i).start());
            int to = from;
            int j = i;
            String newText;
            while (true) {
                while (j < sorted.size() && lineOf(sorted.get(j).start()) < Math.max(to, from + 1)) {
                    to = Math.max(to, lineOf(Math.max(sorted.get(j).start(), sorted.get(j).end() - 1)) + 1);
                    j++;
                }
                newText = applyWithin(start(from), end(to - 1), sorted.subList(i, j));
                if (newText.isEmpty() || newText.endsWith("\n") || to >= lineCount()) {
                    break;
                }
                to++;
            }
            String oldText = original.substring(start(from), end(to - 1));
            if (!oldText.equals(newText)) {
                Change previous = changes.isEmpty() ? null : changes.get(changes.size() - 1);
                if (previous != null && previous.to == from) {
                    List<String> lines = new ArrayList<>(previous.lines);
                    lines.addAll(splitLines(newText));
                    changes.set(changes.size() - 1, new Change(previous.from, to, lines));
                } else {
                    changes.add(new Change(from, to, splitLines(newText)));
                }
            }
            i = j;
        }
        return changes;
    }

    /** {@code original[from, to)} with the replacements (which lie inside it) applied. */
    private String applyWithin(int from, int to, List<Replacement> replacements) {
        List<Replacement> shifted = replacements.stream()
                .map(r -> new Replacement(r.start() - from, r.end() - from, r.text())).toList();
        return TextFixer.apply(original.substring(from, to), shifted);
    }

    private int lineCount() {
        return lineStarts.length;
    }

    /** 0-based line holding an offset (an offset at the very end belongs to the last line). */
    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private int start(int line) {
        return line < lineStarts.length ? lineStarts[line] : original.length();
    }

    private int end(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] : original.length();
    }

    private String line(int line) {
        return original.substring(start(line), end(line));
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline + 1;
    }

    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int end = lineEnd(text, i);
            lines.add(text.substring(i, end));
            i = end;
        }
        return lines;
    }

    /** {@code l,n} with l 1-based; an empty range names the line before it, as diff does. */
    private static String range(int from, int count) {
        return (count == 0 ? from : from + 1) + "," + count;
    }

    private static void appendLine(StringBuilder out, char marker, String line) {
        out.append(marker).append(line);
        if (!line.endsWith("\n")) {
            out.append("\n\\ No newline at end of file\n");
        }
    }

    /** Old lines {@code [from, to)} (0-based) become {@code lines}. */
    private record Change(int from, int to, List<String> lines) {
    }
}
