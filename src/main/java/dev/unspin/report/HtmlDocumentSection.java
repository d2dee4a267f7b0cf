package dev.unspin.report;

import dev.unspin.bitext.SegmentScores;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SegmentResult;
import dev.unspin.text.LineIndex;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One document of the HTML report: a header with the score gauge and counts, the original text
 * with every finding marked in place (a bilingual file's segments side by side instead: source,
 * target with its findings marked, score), and the list of findings beside it.
 *
 * <p>A finding is rendered once in the text as
 * {@code <mark id="d0-f3" class="error" title="..."><del>spun phrase</del><ins>first suggestion</ins></mark>};
 * the page's CSS shows the {@code del} part normally and the {@code ins} part in the "accept"
 * view, so both views come from one copy of the text. The list entry {@code d0-l3} links to
 * the mark. Everything is written in one pass over the text and the (sorted) findings.
 */
final class HtmlDocumentSection {
    private HtmlDocumentSection() {
    }

    /** Appends document {@code index}'s section; {@code linkToIndex} adds a link back to the report's index. */
    static void render(int index, DocumentResult result, boolean linkToIndex, StringBuilder html) {
        String id = "d" + index;
        String path = HtmlEscaper.escape(result.document().path());
        html.append("<section class=\"doc\" id=\"").append(id).append("\">\n<header class=\"doc-head\">")
                .append(ScoreGauge.svg(result.score(), result.verdict()))
                .append("<div><h2>").append(path).append("</h2>\n<p><span class=\"verdict v-").append(result.verdict().id())
                .append("\">").append(result.verdict().id()).append("</span> spin score ")
                .append(String.format(Locale.ROOT, "%.1f", result.score())).append(" \u00B7 ")
                .append(result.words()).append(" words \u00B7 ").append(plural(result.findings().size(), "finding"))
                .append("</p>\n");
        why(result.why(), html);
        if (!result.segments().isEmpty()) {
            long flagged = SegmentScores.withFindings(result.segments());
            html.append("<p>translation score ").append(TranslationScores.fileScore(result))
                    .append(" \u00B7 ").append(flagged).append(" of ").append(plural(result.segments().size(), "segment"))
                    .append(" with findings</p>\n");
        }
        if (result.copy() != null) {
            html.append("<p class=\"copy\">").append(HtmlEscaper.escape(TextReportWriter.describe(result.copy()))).append("</p>\n");
        }
        counts(result.findings(), html);
        if (linkToIndex) {
            html.append("<p><a href=\"#index\">\u2191 all documents by score</a></p>\n");
        }
        html.append("</div></header>\n");
        if (!result.findings().isEmpty()) {
            html.append("<input type=\"checkbox\" class=\"accept\" id=\"").append(id).append("-accept\">")
                    .append("<label class=\"toggle\" for=\"").append(id)
                    .append("-accept\">show the text with every first suggestion accepted</label>\n");
        }
        html.append("<div class=\"cols\">\n<div class=\"text\">");
        if (result.segments().isEmpty()) {
            marked(id, result, 0, result.document().original().length(), 0, result.findings().size(), html);
        } else {
            sideBySide(id, result, html);
        }
        html.append("</div>\n<aside>");
        findingList(id, result, html);
        html.append("</aside>\n</div>\n");
        copyBesideOriginal(result, html);
        html.append("</section>\n");
    }

    /**
     * For a copy of a known original: the copy and the original side by side, the words that differ marked on
     * both sides (the findings that name this original; on the original's side, the wording the copy replaced).
     */
    private static void copyBesideOriginal(DocumentResult result, StringBuilder html) {
        if (result.copy() == null || result.copy().originalText() == null) {
            return;
        }
        String id = result.copy().originalId();
        List<Finding> mine = result.findings().stream().filter(f -> f.original() != null && f.original().id().equals(id)).toList();
        html.append("<div class=\"copy-pair\" style=\"display:grid;grid-template-columns:1fr 1fr;gap:24px;margin-top:12px\">\n")
                .append("<div><h3>This document</h3><div class=\"text\">");
        highlighted(result.document().original(), mine.stream().map(f -> new int[] {f.start(), f.end()}).toList(), html);
        html.append("</div></div>\n<div><h3>The original: ").append(HtmlEscaper.escape(id)).append("</h3><div class=\"text\">");
        highlighted(result.copy().originalText(), mine.stream().map(f -> new int[] {f.original().start(), f.original().end()})
                .sorted(java.util.Comparator.comparingInt(r -> r[0])).toList(), html);
        html.append("</div></div>\n</div>\n");
    }

    /** The text escaped, each range (sorted; overlapping or out-of-range ones skipped) in a warning mark. */
    private static void highlighted(String text, List<int[]> ranges, StringBuilder html) {
        int at = 0;
        for (int[] r : ranges) {
            if (r[0] < at || r[1] > text.length() || r[0] >= r[1]) {
                continue;
            }
            HtmlEscaper.escape(text, at, r[0], html);
            html.append("<mark class=\"warning\">");
            HtmlEscaper.escape(text, r[0], r[1], html);
            html.append("</mark>");
            at = r[1];
        }
        HtmlEscaper.escape(text, at, text.length(), html);
    }

    /** The judgement's reasons, when it gave any (a suspect or spun document). */
    private static void why(List<String> reasons, StringBuilder html) {
        if (reasons.isEmpty()) {
            return;
        }
        html.append("<ul class=\"why\">");
        reasons.forEach(r -> html.append("<li>").append(HtmlEscaper.escape(r)).append("</li>"));
        html.append("</ul>\n");
    }

    /** Counts per severity and per category of this document's findings. */
    private static void counts(List<Finding> findings, StringBuilder html) {
        if (findings.isEmpty()) {
            return;
        }
        Map<String, Integer> severities = new TreeMap<>();
        Map<String, Integer> categories = new TreeMap<>();
        for (Finding f : findings) {
            severities.merge(f.severity().id(), 1, Integer::sum);
            categories.merge(f.category().id(), 1, Integer::sum);
        }
        html.append("<p class=\"counts\">");
        for (String severity : List.of("error", "warning", "info")) {
            html.append("<span class=\"pill ").append(severity).append("\">").append(severity).append(' ')
                    .append(severities.getOrDefault(severity, 0)).append("</span> ");
        }
        categories.forEach((category, n) -> html.append("<span class=\"pill\">").append(category).append(' ')
                .append(n).append("</span> "));
        html.append("</p>\n");
    }

    /**
     * A bilingual file's segments side by side: id and place, source, target as written in the file with
     * its findings marked, and the segment's translation score.
     */
    private static void sideBySide(String id, DocumentResult result, StringBuilder html) {
        html.append("<table class=\"bitext\"><tr><th>segment</th><th>source</th><th>target</th><th>score</th></tr>\n");
        List<Finding> findings = result.findings();
        boolean inTextOrder = inTextOrder(findings);
        for (SegmentResult s : result.segments()) {
            html.append("<tr><td>").append(HtmlEscaper.escape(s.id())).append("<br><small>").append(s.line()).append(':')
                    .append(s.column()).append("</small></td><td>").append(HtmlEscaper.escape(s.source())).append("</td><td>");
            int to = Math.min(s.end(), result.document().original().length());
            // in text order, only the findings starting in [start, to) can lie in the segment: found by binary search
            marked(id, result, s.start(), to, inTextOrder ? Finding.firstStartingAtOrAfter(findings, s.start()) : 0,
                    inTextOrder ? Finding.firstStartingAtOrAfter(findings, to) : findings.size(), html);
            html.append("</td><td>").append(TranslationScores.formatted(s.score())).append("</td></tr>\n");
        }
        html.append("</table>");
    }

    private static boolean inTextOrder(List<Finding> findings) {
        for (int i = 1; i < findings.size(); i++) {
            if (findings.get(i).start() < findings.get(i - 1).start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The original text from {@code from} to {@code to}, escaped, with each finding that lies in it wrapped
     * in a mark; only the findings with index {@code first} to {@code last} (exclusive) are considered.
     * Overlapping or out-of-range findings are skipped.
     */
    private static void marked(String id, DocumentResult result, int from, int to, int first, int last, StringBuilder html) {
        String text = result.document().original();
        int at = from;
        List<Finding> findings = result.findings();
        for (int i = first; i < last; i++) {
            Finding f = findings.get(i);
            if (f.start() < at || f.end() > to || f.start() >= f.end()) {
                continue;
            }
            HtmlEscaper.escape(text, at, f.start(), html);
            html.append("<mark id=\"").append(id).append("-f").append(i).append("\" class=\"").append(f.severity().id())
                    .append("\" title=\"");
            html.append(HtmlEscaper.escape(tooltip(f))).append("\">");
            if (f.suggestions().isEmpty()) {
                HtmlEscaper.escape(text, f.start(), f.end(), html);
            } else {
                html.append("<del>");
                HtmlEscaper.escape(text, f.start(), f.end(), html);
                html.append("</del><ins>").append(HtmlEscaper.escape(f.suggestions().get(0))).append("</ins>");
            }
            html.append("</mark>");
            at = f.end();
        }
        HtmlEscaper.escape(text, at, to, html);
    }

    /** The hover text of a mark: the fix, the message, and rule, category, severity and confidence. */
    private static String tooltip(Finding f) {
        String fix = f.suggestions().isEmpty() ? "(no suggestion)" : "\u2192 " + String.join(" | ", f.suggestions());
        return fix + "\n" + f.message() + "\n" + f.rule() + " \u00B7 " + f.category().id() + " \u00B7 " + f.severity().id()
                + " \u00B7 confidence " + confidence(f);
    }

    private static void findingList(String id, DocumentResult result, StringBuilder html) {
        List<Finding> findings = result.findings();
        if (findings.isEmpty()) {
            html.append("<h3>No findings</h3>");
            return;
        }
        html.append("<h3>").append(plural(findings.size(), "finding")).append("</h3>\n<ol class=\"findings\">\n");
        String text = result.document().original();
        LineIndex lines = result.document().lineIndex();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            html.append("<li id=\"").append(id).append("-l").append(i).append("\" class=\"").append(f.severity().id())
                    .append("\"><a href=\"#").append(id).append("-f").append(i).append("\">")
                    .append(lines.line(f.start())).append(':').append(lines.column(f.start())).append("</a> <q>")
                    .append(HtmlEscaper.escape(text.substring(f.start(), Math.min(f.end(), text.length())))).append("</q>");
            if (!f.suggestions().isEmpty()) {
                html.append(" \u2192 <b>").append(HtmlEscaper.escape(f.suggestions().get(0))).append("</b>");
                for (String other : f.suggestions().subList(1, f.suggestions().size())) {
                    html.append(" | <b class=\"alt\">").append(HtmlEscaper.escape(other)).append("</b>");
                }
            }
            html.append("<br><small>").append(HtmlEscaper.escape(f.message())).append("<br>")
                    .append(HtmlEscaper.escape(f.rule())).append(" \u00B7 ").append(f.severity().id())
                    .append(" \u00B7 confidence ").append(confidence(f)).append("</small></li>\n");
        }
        html.append("</ol>");
    }

    private static String confidence(Finding f) {
        return String.format(Locale.ROOT, "%.2f", f.confidence());
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
