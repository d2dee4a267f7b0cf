package dev.unspin.bitext;

import dev.unspin.text.LineIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The line-based formats: a TSV file with source and target columns (named {@code source} and
 * {@code target} in a header line, else the first two columns), and two aligned plain-text files,
 * the translation and its source, one segment per line. A line's text is taken as written (no
 * quoting or escapes), so every character maps to itself.
 */
final class LineReader {
    private LineReader() {
    }

    static Bitext tsv(String text) {
        LineIndex lines = new LineIndex(text);
        int lineCount = lines.line(text.length());
        int sourceColumn = 0;
        int targetColumn = 1;
        int idColumn = -1;
        int first = 1;
        String[] header = lineText(text, lines, 1).split("\t", -1);
        List<String> names = List.of(header).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (names.contains("source") && names.contains("target")) {
            sourceColumn = names.indexOf("source");
            targetColumn = names.indexOf("target");
            idColumn = names.indexOf("id");
            first = 2;
        }
        List<Segment> segments = new ArrayList<>();
        for (int line = first; line <= lineCount; line++) {
            String row = lineText(text, lines, line);
            if (row.isBlank()) {
                continue;
            }
            String[] fields = row.split("\t", -1);
            if (fields.length <= Math.max(sourceColumn, targetColumn)) {
                throw new BitextFormatException("line " + line + ": " + fields.length + " column" + (fields.length == 1 ? "" : "s")
                        + ", expected a source and a target column separated by a tab");
            }
            int targetStart = lines.lineStart(line);
            for (int c = 0; c < targetColumn; c++) {
                targetStart += fields[c].length() + 1;
            }
            String id = idColumn >= 0 && idColumn < fields.length ? fields[idColumn] : "line " + line;
            segments.add(segment(id, lines, fields[sourceColumn], fields[targetColumn], targetStart, lines.lineEnd(line)));
        }
        return new Bitext(segments, Optional.empty(), text.length(), true);
    }

    /** A translation and its source, aligned line by line; blank lines on both sides are no segment. */
    static Bitext aligned(String target, String source) {
        LineIndex targetLines = new LineIndex(target);
        LineIndex sourceLines = new LineIndex(source);
        int count = countLines(target, targetLines);
        int sourceCount = countLines(source, sourceLines);
        if (count != sourceCount) {
            throw new BitextFormatException(count + " line" + (count == 1 ? "" : "s") + " but the source file has " + sourceCount
                    + "; aligned files need one segment per line on both sides");
        }
        List<Segment> segments = new ArrayList<>();
        for (int line = 1; line <= count; line++) {
            String t = lineText(target, targetLines, line);
            String s = lineText(source, sourceLines, line);
            if (t.isBlank() && s.isBlank()) {
                continue;
            }
            int start = targetLines.lineStart(line);
            segments.add(segment("line " + line, targetLines, s, t, start, start + t.length()));
        }
        return new Bitext(segments, Optional.empty(), target.length(), false);
    }

    private static Segment segment(String id, LineIndex lines, String source, String target, int start, int lineEnd) {
        MappedText mapped = MappedText.verbatim(target, start);
        int anchorEnd = target.isEmpty() ? Math.max(lineEnd, start + 1) : start + target.length();
        return TextCodes.segment(id, lines, source, mapped, start, anchorEnd);
    }

    /** Lines of a text, not counting the empty one after a final line break. */
    private static int countLines(String text, LineIndex lines) {
        int n = lines.line(text.length());
        return n > 1 && lines.lineStart(n) == text.length() ? n - 1 : (text.isEmpty() ? 0 : n);
    }

    private static String lineText(String text, LineIndex lines, int line) {
        return text.substring(lines.lineStart(line), lines.lineEnd(line));
    }
}
