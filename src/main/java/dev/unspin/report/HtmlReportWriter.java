package dev.unspin.report;

import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputProblem;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The HTML report: one self-contained page (inline CSS and a few lines of script, no network)
 * with the run's counts, the inputs that could not be read, an index of the documents by spin
 * score when there are several, then each document's text with its findings marked in place
 * ({@link HtmlDocumentSection}). Documents are static HTML written one at a time, so the page
 * grows linearly with the text and the findings.
 */
public final class HtmlReportWriter implements ReportWriter {
    /** Content-Security-Policy of the page: inline style and script only, nothing fetched. */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    @Override
    public void write(RunReport report, PrintWriter out) {
        StringBuilder html = new StringBuilder(1 << 16);
        head(report, html);
        summary(report, html);
        problems(report.problems(), html);
        index(report.documents(), html);
        html.append("<main>\n");
        out.append(html);
        for (int i = 0; i < report.documents().size(); i++) {
            html.setLength(0);
            HtmlDocumentSection.render(i, report.documents().get(i), report.documents().size() > 1, html);
            out.append(html);
        }
        out.append("</main>\n<script>\n").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
        out.flush();
    }

    private static void head(RunReport report, StringBuilder html) {
        List<DocumentResult> documents = report.documents();
        String title = documents.size() == 1 ? "unspin: " + documents.get(0).document().path() : "unspin report";
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"generator\" content=\"unspin ").append(HtmlEscaper.escape(report.toolVersion())).append("\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(HtmlEscaper.escape(title)).append("</title>\n")
                .append("<style>\n").append(HtmlAssets.CSS).append("</style>\n</head>\n<body>\n");
    }

    /** Totals, verdicts, and counts per category and per rule over the whole run. */
    private static void summary(RunReport report, StringBuilder html) {
        Summary s = report.summary();
        html.append("<header>\n<h1>unspin report</h1>\n<p class=\"meta\">unspin ").append(HtmlEscaper.escape(report.toolVersion()))
                .append(" \u00B7 ").append(HtmlDocumentSection.plural(s.documents(), "document")).append(" \u00B7 ")
                .append(s.words()).append(" words \u00B7 ").append(HtmlDocumentSection.plural(s.findings(), "finding"));
        if (s.hiddenCount() > 0) {
            html.append(" (").append(HtmlEscaper.escape(Summary.describeHidden(s.hidden()))).append(')');
        }
        if (!report.problems().isEmpty()) {
            html.append(" \u00B7 <a href=\"#problems\">").append(report.problems().size()).append(" unreadable</a>");
        }
        html.append("</p>\n");
        if (s.findings() > 0) {
            html.append("<label class=\"toggle\"><input type=\"checkbox\" id=\"accept-all\" class=\"accept\">")
                    .append("show every document with every first suggestion accepted</label>\n");
        }
        html.append("</header>\n<section class=\"cards\">\n");
        card("Verdicts", "verdict", s.verdicts(), List.of("spun", "suspect", "clean"), html);
        card("Severities", "severity", s.severities(), List.of("error", "warning", "info"), html);
        card("Categories", "category", s.categories(), byCount(s.categories()), html);
        card("Rules (" + s.rules().size() + ")", "rule", s.rules(), byCount(s.rules()), html);
        html.append("</section>\n");
    }

    private static void card(String heading, String keyName, Map<String, Integer> counts, List<String> keys, StringBuilder html) {
        html.append("<div class=\"card\"><h2>").append(HtmlEscaper.escape(heading)).append("</h2><div class=\"scroll\"><table>")
                .append("<tr><th>").append(keyName).append("</th><th class=\"n\">count</th></tr>\n");
        for (String key : keys) {
            html.append("<tr><td>").append(HtmlEscaper.escape(key)).append("</td><td class=\"n\">")
                    .append(counts.getOrDefault(key, 0)).append("</td></tr>\n");
        }
        html.append("</table></div></div>\n");
    }

    /** Keys by count, highest first, then alphabetically. */
    private static List<String> byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static void problems(List<InputProblem> problems, StringBuilder html) {
        if (problems.isEmpty()) {
            return;
        }
        html.append("<section class=\"problems\" id=\"problems\">\n<h2>")
                .append(HtmlDocumentSection.plural(problems.size(), "input")).append(" could not be read</h2>\n<ul>\n");
        for (InputProblem p : problems) {
            html.append("<li><code>").append(HtmlEscaper.escape(p.path())).append("</code>: ")
                    .append(HtmlEscaper.escape(p.message())).append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    /** For more than one document: a table of them by spin score, highest first, linking to each section. */
    private static void index(List<DocumentResult> documents, StringBuilder html) {
        if (documents.size() < 2) {
            return;
        }
        html.append("<nav class=\"index\" id=\"index\">\n<h2>Documents by spin score</h2>\n<table>\n")
                .append("<tr><th class=\"n\">#</th><th>document</th><th>score</th><th class=\"n\"></th><th>verdict</th>")
                .append("<th class=\"n\">findings</th><th class=\"n\">words</th></tr>\n");
        List<Integer> order = IntStream.range(0, documents.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> documents.get(i).score()).reversed())
                .toList();
        int rank = 0;
        for (int i : order) {
            DocumentResult r = documents.get(i);
            String score = String.format(Locale.ROOT, "%.1f", r.score());
            html.append("<tr><td class=\"n\">").append(++rank).append("</td><td><a href=\"#d").append(i).append("\">")
                    .append(HtmlEscaper.escape(r.document().path())).append("</a></td>")
                    .append("<td><meter min=\"0\" max=\"100\" low=\"25\" high=\"50\" optimum=\"0\" value=\"").append(score)
                    .append("\"></meter></td><td class=\"n\">").append(score).append("</td><td class=\"verdict v-")
                    .append(r.verdict().id()).append("\">").append(r.verdict().id()).append("</td><td class=\"n\">")
                    .append(r.findings().size()).append("</td><td class=\"n\">").append(r.words()).append("</td></tr>\n");
        }
        html.append("</table>\n</nav>\n");
    }
}
