package dev.unspin.report;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SegmentLookup;
import dev.unspin.engine.Severity;
import dev.unspin.text.LineIndex;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human report: one block per finding (file:line:col, severity, the phrase and its fix, the
 * phrase marked in its line), a verdict line per document and a closing summary with counts per
 * category and the most frequent rules. Colour only
 * when asked to (the CLI asks when writing to a terminal). Text from the documents and their
 * names goes through {@link TerminalText}: the only control characters written are the colours'.
 */
public final class TextReportWriter implements ReportWriter {
    private static final int CONTEXT = 60;
    private static final int TOP_RULES = 10;
    private final boolean colour;

    public TextReportWriter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(RunReport report, PrintWriter out) {
        for (DocumentResult result : report.documents()) {
            writeDocument(result, out);
        }
        Summary s = report.summary();
        out.printf(Locale.ROOT, "%d document%s checked: %d spun, %d suspect, %d clean; %d finding%s (%d error, %d warning, %d info)%s%s%n",
                s.documents(), s.documents() == 1 ? "" : "s",
                s.verdicts().get("spun"), s.verdicts().get("suspect"), s.verdicts().get("clean"),
                s.findings(), s.findings() == 1 ? "" : "s",
                s.severities().getOrDefault("error", 0), s.severities().getOrDefault("warning", 0),
                s.severities().getOrDefault("info", 0),
                s.hiddenCount() == 0 ? "" : "; " + Summary.describeHidden(s.hidden()),
                report.problems().isEmpty() ? "" : "; " + report.problems().size() + " input(s) could not be read");
        if (s.findings() > 0) {
            out.println("by category: " + counts(s.categories(), s.categories().size()));
            out.println("by rule: " + counts(s.rules(), TOP_RULES));
        }
    }

    /** "a 3, b 2, ..." most frequent first, at most {@code limit} entries. */
    private static String counts(Map<String, Integer> counts, int limit) {
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Integer> e : sorted.subList(0, Math.min(limit, sorted.size()))) {
            line.append(line.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        return sorted.size() > limit ? line + ", ... (" + (sorted.size() - limit) + " more)" : line.toString();
    }

    private void writeDocument(DocumentResult result, PrintWriter out) {
        String path = TerminalText.oneLine(result.document().path());
        String text = result.document().original();
        LineIndex lines = result.document().lineIndex();
        SegmentLookup segments = SegmentLookup.of(result.segments());
        for (Finding f : result.findings()) {
            int line = lines.line(f.start());
            out.printf(Locale.ROOT, "%s:%d:%d: %s %s %s%n", path, line, lines.column(f.start()),
                    paint(severityColour(f.severity()), f.severity().id()), f.category().id(), fixLine(text, f));
            out.println("    " + context(text, lines, line, f));
            String segment = TranslationScores.segmentNote(segments.at(f.start()));
            out.printf(Locale.ROOT, "    %s (%s, confidence %.2f%s)%n", TerminalText.oneLine(f.message()),
                    TerminalText.oneLine(f.rule()), f.confidence(), segment.isEmpty() ? "" : "; " + TerminalText.oneLine(segment));
        }
        out.printf(Locale.ROOT, "%s: %s, spin score %.1f: %d finding%s in %d words%s%s%n", path,
                paint(verdictColour(result), result.verdict().id()), result.score(), result.findings().size(),
                result.findings().size() == 1 ? "" : "s", result.words(),
                result.hidden().isEmpty() ? "" : " (" + Summary.describeHidden(result.hidden()) + ")",
                result.copy() == null ? "" : "; " + TerminalText.oneLine(describe(result.copy())));
        if (!result.why().isEmpty()) {
            out.println("    why: " + TerminalText.oneLine(String.join("; ", result.why())));
        }
        if (!result.segments().isEmpty()) {
            out.println(path + ": " + TranslationScores.fileSummary(result));
        }
        out.println();
    }

    /** "spun-copy of ID (93% of the words aligned with it)", or "independent (no original found)". */
    static String describe(dev.unspin.engine.CopyJudgement copy) {
        if (!copy.verdict().isCopy()) {
            return copy.verdict().id() + " (no original found)";
        }
        return String.format(Locale.ROOT, "%s of %s (%.0f%% of the words aligned with it)", copy.verdict().id(),
                copy.originalId(), 100 * copy.coverage());
    }

    private String fixLine(String text, Finding f) {
        String phrase = "\u201C" + shown(text.substring(f.start(), f.end())) + "\u201D";
        if (f.suggestions().isEmpty()) {
            return phrase;
        }
        return phrase + " \u2192 " + paint("32", "\u201C" + TerminalText.oneLine(String.join("\u201D | \u201C", f.suggestions())) + "\u201D");
    }

    /** The finding's line, cut to a window around it, with the phrase marked. */
    private String context(String text, LineIndex lines, int line, Finding f) {
        int lineStart = lines.lineStart(line);
        int lineEnd = Math.max(f.end(), lines.lineEnd(lines.line(f.end())));
        int from = Math.max(lineStart, f.start() - CONTEXT);
        int to = Math.min(lineEnd, f.end() + CONTEXT);
        String before = (from > lineStart ? "\u2026" : "") + shown(text.substring(from, f.start()));
        String after = shown(text.substring(f.end(), to)) + (to < lineEnd ? "\u2026" : "");
        String phrase = shown(text.substring(f.start(), f.end()));
        String marked = colour ? paint("1;4", phrase) : "\u00BB" + phrase + "\u00AB";
        return before + marked + after;
    }

    /** Document text on the context line: line breaks as spaces, control characters escaped. */
    private static String shown(String s) {
        return TerminalText.oneLine(s.replace('\n', ' ').replace('\r', ' '));
    }

    private static String severityColour(Severity severity) {
        return switch (severity) {
            case ERROR -> "31";
            case WARNING -> "33";
            case INFO -> "36";
        };
    }

    private static String verdictColour(DocumentResult result) {
        return switch (result.verdict()) {
            case SPUN -> "1;31";
            case SUSPECT -> "1;33";
            case CLEAN -> "1;32";
        };
    }

    private String paint(String ansi, String s) {
        return colour ? "\u001B[" + ansi + "m" + s + "\u001B[0m" : s;
    }
}
