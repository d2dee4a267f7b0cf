package dev.unspin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unspin.report.HtmlEscaper;
import dev.unspin.report.OutputTarget;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * DIR/summary.html, computed from documents.jsonl (so it covers every run that wrote to it,
 * --resume included): one self-contained page (inline CSS and SVG, nothing fetched) with the
 * totals, the sources ranked as in sources.csv, a histogram of document scores in ten bins of ten
 * points, the worst documents (highest score first, ties by id) and, when the audit held bilingual files, the
 * worst translations (lowest translation score first, ties by id). Every text from the feed is escaped.
 */
final class SummaryPage {
    static final String FILE = "summary.html";
    static final int BINS = 10;
    static final int WORST = 20;

    /** A scored document among the worst: its line's fields. */
    record Worst(String id, String source, String url, double score, String verdict, List<String> findings, long order) {
    }

    /** A scored bilingual file among the worst translations: its line's fields. */
    record Translation(String id, String source, double score, long segmentsWithFindings, long segments, long order) {
    }

    /**
     * What the page shows besides the sources: totals, histogram bins, the worst documents and the worst
     * translations (worst first; none without bilingual files).
     */
    record Figures(long scored, long skipped, long failed, long words, long[] bins, List<Worst> worst, List<Translation> translations) {
    }

    private SummaryPage() {
    }

    static Figures figures(Path documents) throws IOException {
        Counts counts = new Counts();
        long[] bins = new long[BINS];
        // ties by id, so that the page does not depend on the order the workers finished in
        Comparator<Worst> mildestFirst = Comparator.comparingDouble(Worst::score)
                .thenComparing(Comparator.comparing(Worst::id).reversed())
                .thenComparing(Comparator.comparingLong(Worst::order).reversed());
        PriorityQueue<Worst> worst = new PriorityQueue<>(mildestFirst);
        Comparator<Translation> bestTranslationFirst = Comparator.comparingDouble(Translation::score).reversed()
                .thenComparing(Comparator.comparing(Translation::id).reversed())
                .thenComparing(Comparator.comparingLong(Translation::order).reversed());
        PriorityQueue<Translation> translations = new PriorityQueue<>(bestTranslationFirst);
        DocumentsFile.lines(documents, node -> {
            switch (node.path("status").asText()) {
                case DocumentLine.SCORED -> {
                    counts.scored++;
                    long order = counts.order++;
                    counts.words += node.path("words").asLong();
                    double score = node.path("score").asDouble();
                    bins[bin(score)]++;
                    List<String> findings = new ArrayList<>();
                    for (JsonNode f : node.path("top")) {
                        String text = f.path("text").asText();
                        JsonNode suggestion = f.get("suggestion");
                        findings.add(suggestion == null || suggestion.isNull() ? text : text + " \u2192 " + suggestion.asText());
                    }
                    worst.add(new Worst(text(node, "id"), text(node, "source"), text(node, "url"), score,
                            node.path("verdict").asText(), findings, order));
                    if (worst.size() > WORST) {
                        worst.poll();
                    }
                    if (node.has("translationScore")) {
                        translations.add(new Translation(text(node, "id"), text(node, "source"), node.path("translationScore").asDouble(),
                                node.path("segmentsWithFindings").asLong(), node.path("segmentCount").asLong(), order));
                        if (translations.size() > WORST) {
                            translations.poll();
                        }
                    }
                }
                case DocumentLine.SKIPPED -> counts.skipped++;
                default -> counts.failed++;
            }
        });
        List<Worst> list = new ArrayList<>(worst);
        list.sort(mildestFirst.reversed());
        List<Translation> worstTranslations = new ArrayList<>(translations);
        worstTranslations.sort(bestTranslationFirst.reversed());
        return new Figures(counts.scored, counts.skipped, counts.failed, counts.words, bins, list, worstTranslations);
    }

    /** Running totals while the documents file is read. */
    private static final class Counts {
        long scored;
        long skipped;
        long failed;
        long words;
        long order;
    }

    /** The bin of a score: [0,10) is 0, …, [90,100] is 9. */
    static int bin(double score) {
        return (int) Math.max(0, Math.min(BINS - 1, Math.floor(score / 10)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    static void write(Path documents, List<SourceStats.Row> rows, Path html) throws IOException {
        String page = render(figures(documents), rows);
        OutputTarget.write(html, out -> out.print(page));
    }

    static String render(Figures f, List<SourceStats.Row> rows) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>unspin audit summary</title>\n<style>\n")
                .append("body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}\n")
                .append("td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.url{word-break:break-all;color:#555}\n")
                .append(".totals span{display:inline-block;margin-right:1.5em}.totals b{font-size:1.3em}\n")
                .append(".v-spun{color:#b00020;font-weight:600}.v-suspect{color:#b26a00}.v-clean{color:#2e7d32}\n")
                .append("svg .bar{fill:#5c6bc0}svg text{font-size:11px;fill:#333;text-anchor:middle}ul.f{margin:0;padding-left:1.1em}\n")
                .append("</style>\n</head>\n<body>\n<h1>unspin audit summary</h1>\n");
        h.append("<p class=\"totals\"><span><b>").append(f.scored() + f.skipped() + f.failed()).append("</b> records</span>")
                .append("<span><b>").append(f.scored()).append("</b> scored</span>")
                .append("<span><b>").append(f.skipped()).append("</b> skipped (")
                .append(rows.stream().mapToLong(SourceStats.Row::notEnglish).sum()).append(" not English)</span>")
                .append("<span><b>").append(f.failed()).append("</b> failed</span>")
                .append("<span><b>").append(f.words()).append("</b> words</span></p>\n");

        h.append("<h2>Sources</h2>\n<p>Ranked by the share of their scored documents judged spun, then by mean score.</p>\n")
                .append("<table class=\"sources\"><thead><tr><th>source</th><th class=\"n\">documents</th><th class=\"n\">words</th>")
                .append("<th class=\"n\">mean</th><th class=\"n\">p90</th><th class=\"n\">share spun</th></tr></thead><tbody>\n");
        for (SourceStats.Row r : rows) {
            h.append("<tr><td>").append(HtmlEscaper.escape(r.source())).append("</td><td class=\"n\">").append(r.documents())
                    .append("</td><td class=\"n\">").append(r.words())
                    .append("</td><td class=\"n\">").append(fmt("%.1f", r.mean()))
                    .append("</td><td class=\"n\">").append(fmt("%.1f", r.p90()))
                    .append("</td><td class=\"n\">").append(fmt("%.1f%%", 100 * r.shareSpun())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");

        h.append("<h2>Scores</h2>\n<p>Scored documents by spin score, in bins of ten points (0: 0\u201310, \u2026, 90: 90\u2013100).</p>\n").append(histogram(f.bins())).append('\n');

        h.append("<h2>Worst documents</h2>\n<table class=\"worst\"><thead><tr><th>id</th><th>source</th><th>url</th>")
                .append("<th class=\"n\">score</th><th>verdict</th><th>top findings</th></tr></thead><tbody>\n");
        for (Worst w : f.worst()) {
            h.append("<tr><td>").append(HtmlEscaper.escape(w.id())).append("</td><td>").append(HtmlEscaper.escape(w.source()))
                    .append("</td><td class=\"url\">").append(HtmlEscaper.escape(w.url()))
                    .append("</td><td class=\"n\">").append(fmt("%.1f", w.score()))
                    .append("</td><td class=\"v-").append(HtmlEscaper.escape(w.verdict())).append("\">").append(HtmlEscaper.escape(w.verdict()))
                    .append("</td><td><ul class=\"f\">");
            for (String finding : w.findings()) {
                h.append("<li>").append(HtmlEscaper.escape(finding)).append("</li>");
            }
            h.append("</ul></td></tr>\n");
        }
        h.append("</tbody></table>\n");
        translations(f.translations(), h);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** The worst translations' table, when the audit held bilingual files. */
    private static void translations(List<Translation> translations, StringBuilder h) {
        if (translations.isEmpty()) {
            return;
        }
        h.append("<h2>Worst translations</h2>\n<p>Bilingual files by translation score, lowest first.</p>\n")
                .append("<table class=\"translations\"><thead><tr><th>id</th><th>source</th><th class=\"n\">translation score</th>")
                .append("<th class=\"n\">segments with findings</th><th class=\"n\">segments</th></tr></thead><tbody>\n");
        for (Translation t : translations) {
            h.append("<tr><td>").append(HtmlEscaper.escape(t.id())).append("</td><td>").append(HtmlEscaper.escape(t.source()))
                    .append("</td><td class=\"n\">").append(fmt("%.1f", t.score()))
                    .append("</td><td class=\"n\">").append(t.segmentsWithFindings())
                    .append("</td><td class=\"n\">").append(t.segments()).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** Ten bars, one per bin of ten points, heights relative to the fullest bin; each bar carries its count. */
    static String histogram(long[] bins) {
        long max = 1;
        for (long b : bins) {
            max = Math.max(max, b);
        }
        int width = 40;
        int height = 160;
        StringBuilder svg = new StringBuilder(2048);
        svg.append(fmt("<svg class=\"histogram\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"histogram of document scores\">",
                width * bins.length + 20, height + 40, width * bins.length + 20, height + 40));
        for (int i = 0; i < bins.length; i++) {
            double h = (double) height * bins[i] / max;
            double x = 10 + i * width;
            svg.append(fmt("<rect class=\"bar\" data-bin=\"%d\" data-count=\"%d\" x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"><title>%d\u2013%d: %d</title></rect>",
                    i, bins[i], x + 2, 15 + height - h, width - 4, h, i * 10, i * 10 + 10, bins[i]));
            svg.append(fmt("<text x=\"%.1f\" y=\"%.1f\">%d</text>", x + width / 2.0, 12 + height - h, bins[i]));
            svg.append(fmt("<text x=\"%.1f\" y=\"%d\">%d</text>", x + width / 2.0, height + 32, i * 10));
        }
        return svg.append("</svg>").toString();
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
