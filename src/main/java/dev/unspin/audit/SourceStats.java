package dev.unspin.audit;

import dev.unspin.report.CsvReportWriter;
import dev.unspin.report.OutputTarget;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * sources.csv, computed from documents.jsonl (so it covers every run that wrote to it, --resume
 * included): per source the documents (all lines), how many were scored, skipped (and of those,
 * how many because they are not in English) and failed, the
 * words of the scored ones, their mean and 90th-percentile score (nearest rank) and the share
 * judged spun. Sorted by share spun, then mean score, highest first, then by name.
 */
final class SourceStats {
    static final String HEADER = "source,documents,scored,skipped,not_english,failed,words,mean_score,p90_score,share_spun";
    static final String NO_SOURCE = "(none)";

    record Row(String source, long documents, long scored, long skipped, long notEnglish, long failed, long words, double mean,
               double p90, double shareSpun) {
    }

    private static final class Tally {
        long documents;
        long skipped;
        long notEnglish;
        long failed;
        long words;
        long spun;
        final List<Double> scores = new ArrayList<>();
    }

    static List<Row> of(Path documents) throws IOException {
        Map<String, Tally> bySource = new TreeMap<>();
        DocumentsFile.lines(documents, node -> {
            JsonNode source = node.get("source");
            Tally t = bySource.computeIfAbsent(source == null || source.isNull() ? NO_SOURCE : source.asText(),
                    s -> new Tally());
            t.documents++;
            switch (node.path("status").asText()) {
                case DocumentLine.SCORED -> {
                    t.scores.add(node.path("score").asDouble());
                    t.words += node.path("words").asLong();
                    if (node.path("verdict").asText().equals("spun")) {
                        t.spun++;
                    }
                }
                case DocumentLine.SKIPPED -> {
                    t.skipped++;
                    if (node.hasNonNull("language")) {
                        t.notEnglish++;
                    }
                }
                default -> t.failed++;
            }
        });
        List<Row> rows = new ArrayList<>();
        bySource.forEach((source, t) -> {
            List<Double> scores = t.scores;
            scores.sort(null);
            int n = scores.size();
            double mean = n == 0 ? 0 : scores.stream().mapToDouble(Double::doubleValue).sum() / n;
            double p90 = n == 0 ? 0 : scores.get((int) Math.ceil(0.9 * n) - 1);
            rows.add(new Row(source, t.documents, n, t.skipped, t.notEnglish, t.failed, t.words, mean, p90, n == 0 ? 0 : (double) t.spun / n));
        });
        rows.sort(Comparator.comparingDouble(Row::shareSpun).reversed()
                .thenComparing(Comparator.comparingDouble(Row::mean).reversed())
                .thenComparing(Row::source));
        return rows;
    }

    static void write(List<Row> rows, Path csv) throws IOException {
        OutputTarget.write(csv, out -> {
            out.print(HEADER + "\n");
            for (Row r : rows) {
                out.print(String.join(",", CsvReportWriter.quote(r.source()), "" + r.documents(), "" + r.scored(), "" + r.skipped(),
                        "" + r.notEnglish(), "" + r.failed(), "" + r.words(), String.format(Locale.ROOT, "%.2f", r.mean()),
                        String.format(Locale.ROOT, "%.2f", r.p90()), String.format(Locale.ROOT, "%.4f", r.shareSpun())) + "\n");
            }
        });
    }
}
