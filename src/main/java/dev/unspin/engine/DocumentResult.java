package dev.unspin.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What checking one document produced: the findings shown, the document's score and verdict (judged
 * on all its findings, before any report filter), and how many findings each report filter hid.
 *
 * @param hidden report filter name ({@code baseline}, {@code changed-since}) to the findings it hid, in
 *               the order the filters ran; empty when none ran or none hid anything
 * @param copy   how the document relates to the known originals; null when no originals were given
 */
public record DocumentResult(Document document, int words, List<Finding> findings, double score, Verdict verdict,
                             Map<String, Integer> hidden, CopyJudgement copy) {

    public DocumentResult {
        findings = List.copyOf(findings);
        hidden = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hidden));
    }

    public DocumentResult(Document document, int words, List<Finding> findings, double score, Verdict verdict) {
        this(document, words, findings, score, verdict, Map.of(), null);
    }

    public DocumentResult(Document document, int words, List<Finding> findings, double score, Verdict verdict,
                          Map<String, Integer> hidden) {
        this(document, words, findings, score, verdict, hidden, null);
    }

    /** The same result with its comparison with the known originals. */
    public DocumentResult withCopy(CopyJudgement judgement) {
        return new DocumentResult(document, words, findings, score, verdict, hidden, judgement);
    }

    /**
     * The same document showing only {@code shown} of its findings, the others counted as hidden by
     * {@code filter}. Score and verdict are unchanged: a filter decides what is shown, not how the
     * document is judged.
     */
    public DocumentResult hiding(String filter, List<Finding> shown) {
        int hid = findings.size() - shown.size();
        if (hid == 0) {
            return this;
        }
        Map<String, Integer> counts = new LinkedHashMap<>(hidden);
        counts.merge(filter, hid, Integer::sum);
        return new DocumentResult(document, words, shown, score, verdict, counts, copy);
    }

    /** Findings all report filters hid. */
    public int hiddenCount() {
        return hidden.values().stream().mapToInt(Integer::intValue).sum();
    }
}
