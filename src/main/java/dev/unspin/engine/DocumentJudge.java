package dev.unspin.engine;

import java.util.List;

/**
 * The pipeline's document judgement stage: a document's merged findings in, its spin score and
 * verdict out. Computed once per document; report filters never change it.
 */
@FunctionalInterface
public interface DocumentJudge {

    Judgement judge(Document document, List<Finding> findings);

    /** A spin score 0-100 and the verdict it gives. */
    record Judgement(double score, Verdict verdict) {
    }
}
