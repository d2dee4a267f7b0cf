package dev.unspin.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What checking one document produced: the findings shown, the document's score and verdict (judged
 * on all its findings, before any report filter) and why (the judgement's reasons in words, none when
 * clean), and how many findings each report filter hid.
 *
 * @param hidden   report filter name ({@code baseline}, {@code changed-since}) to the findings it hid, in
 *                 the order the filters ran; empty when none ran or none hid anything
 * @param why      the judgement's reasons in words, strongest first; empty when the document is clean
 * @param segments a bilingual file's segments with their scores, in file order; empty for other inputs
 * @param copy     how the document relates to the known originals; null when no originals were given
 */
public record DocumentResult(Document document, int words, List<Finding> findings, double score, Verdict verdict,
                             List<String> why, Map<String, Integer> hidden, List<SegmentResult> segments, CopyJudgement copy) {

    public DocumentResult {
        findings = List.copyOf(findings);
        why = List.copyOf(why);
        hidden = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hidden));
        segments = List.copyOf(segments);
    }

    public DocumentResult(Document document, int words, List<Finding> findings, double score, Verdict verdict,
                          List<String> why, Map<String, Integer> hidden) {
        this(document, words, findings, score, verdict, why, hidden, List.of(), null);
    }

    /** A result whose judgement gives no reasons. */
    public DocumentResult(Document document, int words, List<Finding> findings, double score, Verdict verdict) {
        this(document, words, findings, score, verdict, List.of(), Map.of());
    }

    /**
     * The same document showing only {@code shown} of its findings, the others counted as hidden by
     * {@code filter}. Score, verdict and reasons are unchanged: a filter decides what is shown, not how the
     * document is judged.
     */
    public DocumentResult hiding(String filter, List<Finding> shown) {
        int hid = findings.size() - shown.size();
        if (hid == 0) {
            return this;
        }
        Map<String, Integer> counts = new LinkedHashMap<>(hidden);
        counts.merge(filter, hid, Integer::sum);
        return new DocumentResult(document, words, shown, score, verdict, why, counts, segments, copy);
    }

    /** Findings all report filters hid. */
    public int hiddenCount() {
        return hidden.values().stream().mapToInt(Integer::intValue).sum();
    }
}
