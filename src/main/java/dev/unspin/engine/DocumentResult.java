package dev.unspin.engine;

import java.util.List;

/** What checking one document produced. */
public record DocumentResult(Document document, int words, List<Finding> findings, double score, Verdict verdict) {

    public DocumentResult {
        findings = List.copyOf(findings);
    }
}
