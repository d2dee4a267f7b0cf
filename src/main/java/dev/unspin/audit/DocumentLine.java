package dev.unspin.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;

import java.util.Comparator;
import java.util.List;

/**
 * One line of documents.jsonl: id, source, url, position, status (scored, skipped, failed),
 * reason (skipped and failed only), and for scored documents words, score, verdict and the top
 * findings (up to five, most confident first: rule, text, suggestion); a bilingual file also its
 * translationScore, segmentCount and segmentsWithFindings. A document skipped because it is not English
 * also has its {@code language}.
 */
public record DocumentLine(String json, String status, long words, String language) {
    public static final String SCORED = "scored";
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";
    static final int TOP = 5;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static DocumentLine scored(FeedRecord record, DocumentResult result) {
        ObjectNode node = head(record, SCORED);
        node.put("words", result.words());
        node.put("score", result.score());
        node.put("verdict", result.verdict().id());
        dev.unspin.report.JsonReportWriter.putCopy(node, result.copy());
        dev.unspin.report.JsonReportWriter.putTranslationScore(node, result);
        ArrayNode top = node.putArray("top");
        String text = result.document().original();
        List<Finding> best = result.findings().stream()
                .sorted(Comparator.comparingDouble(Finding::confidence).reversed().thenComparingInt(Finding::start))
                .limit(TOP)
                .toList();
        for (Finding f : best) {
            ObjectNode finding = top.addObject();
            finding.put("rule", f.rule());
            finding.put("text", text.substring(f.start(), f.end()));
            finding.put("suggestion", f.suggestions().isEmpty() ? null : f.suggestions().get(0));
        }
        return new DocumentLine(node.toString(), SCORED, result.words(), null);
    }

    static DocumentLine skipped(FeedRecord record, String reason) {
        return new DocumentLine(head(record, SKIPPED).put("reason", reason).toString(), SKIPPED, 0, null);
    }

    static DocumentLine notEnglish(FeedRecord record, LanguageFilter.Foreign foreign) {
        ObjectNode node = head(record, SKIPPED).put("reason", foreign.reason()).put("language", foreign.language());
        return new DocumentLine(node.toString(), SKIPPED, 0, foreign.language());
    }

    static DocumentLine failed(FeedRecord record, String reason) {
        return new DocumentLine(head(record, FAILED).put("reason", reason).toString(), FAILED, 0, null);
    }

    private static ObjectNode head(FeedRecord record, String status) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", record.id());
        node.put("source", record.source());
        node.put("url", record.url());
        node.put("position", record.position());
        node.put("status", status);
        return node;
    }
}
