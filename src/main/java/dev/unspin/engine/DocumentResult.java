package dev.unspin.engine;

import java.util.List;

/** What checking one document produced. */
public record DocumentResult(Document document, int words, List<Finding> findings, double score, Verdict verdict) {

    public DocumentResult {
        findings = List.copyOf(findings);
    }

    /** The same document with only {@code kept} of its findings (suppressions, a baseline), scored again. */
    public DocumentResult withFindings(List<Finding> kept) {
        double rescored = SpinScorer.score(kept, document);
        return new DocumentResult(document, words, kept, rescored, SpinScorer.verdict(rescored));
    }
}
