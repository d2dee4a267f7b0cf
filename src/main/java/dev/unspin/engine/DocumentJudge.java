package dev.unspin.engine;

import java.util.List;

/**
 * The pipeline's document judgement stage: a document's merged findings in, its spin score and
 * verdict out, with the reasons in words. Computed once per document; report filters never change it.
 */
@FunctionalInterface
public interface DocumentJudge {

    Judgement judge(Document document, List<Finding> findings);

    /**
     * A spin score 0-100, the verdict it gives, and why: the strongest pieces of evidence in words
     * (none for a clean verdict).
     */
    record Judgement(double score, Verdict verdict, List<String> reasons) {

        public Judgement {
            reasons = List.copyOf(reasons);
        }

        /** A judgement that gives no reasons. */
        public Judgement(double score, Verdict verdict) {
            this(score, verdict, List.of());
        }
    }
}
