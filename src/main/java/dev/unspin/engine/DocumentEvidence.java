package dev.unspin.engine;

import java.util.List;

/**
 * What an {@link EvidenceDetector} may know about a document besides its text: the findings of the
 * other detectors that passed the gate (rules turned off, suppressed or accepted findings are not
 * among them), and the pipeline's own document judgement, to ask how findings would be judged.
 */
public record DocumentEvidence(Document document, List<Finding> findings, DocumentJudge judge) {

    public DocumentEvidence {
        findings = List.copyOf(findings);
    }

    /** No other detector's findings. */
    public static DocumentEvidence none(Document document, DocumentJudge judge) {
        return new DocumentEvidence(document, List.of(), judge);
    }

    /** The verdict the pipeline would give the document with these findings (overlaps merged as the pipeline merges them). */
    public Verdict verdictWith(List<Finding> findings) {
        return judge.judge(document, FindingMerger.merge(findings)).verdict();
    }
}
