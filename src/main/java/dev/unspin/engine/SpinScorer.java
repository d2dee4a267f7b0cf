package dev.unspin.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a document's findings into a spin score 0-100 and a verdict.
 *
 * <p>Evidence is the sum of confidence x severity weight over the findings, but a model finding
 * repeated on the same words with the same suggestion is one word choice, made once: the k-th
 * occurrence adds 1/k of its weight (a report that says "planning division" ten times is not ten
 * times as suspect). A dictionary or grammar finding names a known spin each time and counts in
 * full. The evidence is scaled by
 * {@code sqrt(REFERENCE_WORDS / words)} (words floored at {@code MIN_WORDS}) so that a long text
 * needs more findings than a short one for the same score, yet a handful of certain findings is
 * never diluted away; then {@code score = 100 * (1 - exp(-evidence / SCALE))}. The thresholds
 * were calibrated with {@code scripts/unspin-dev eval} on the labelled set (see docs/quality.md, "Scoring calibration").
 *
 * <p>This is the pipeline's default {@link DocumentJudge}; nothing else computes a score.
 */
public final class SpinScorer implements DocumentJudge {
    static final double REFERENCE_WORDS = 500;
    static final double MIN_WORDS = 150;
    static final double SCALE = 5.0;
    public static final double SUSPECT_THRESHOLD = 25;
    public static final double SPUN_THRESHOLD = 50;

    @Override
    public Judgement judge(Document document, List<Finding> findings) {
        double[] weights = weights(findings, document);
        double evidence = 0;
        for (double weight : weights) {
            evidence += weight;
        }
        double score = score(evidence, document);
        Verdict verdict = verdict(score);
        return new Judgement(score, verdict, verdict == Verdict.CLEAN ? List.of() : JudgementReasons.of(document, findings, weights));
    }

    /** Each finding's weight in the evidence, in the order of {@code findings}. */
    private static double[] weights(List<Finding> findings, Document document) {
        Map<Choice, Integer> modelChoices = new HashMap<>();
        double[] weights = new double[findings.size()];
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.detector() == DetectorKind.SOURCE) {
                continue; // a translation's faults against its source are scored per segment, not as spin (weight 0)
            }
            double weight = f.confidence() * f.severity().weight();
            if (f.detector() == DetectorKind.MODEL) {
                String words = document.original().substring(f.start(), f.end()).toLowerCase(Locale.ROOT);
                weight /= modelChoices.merge(new Choice(words, f.suggestions()), 1, Integer::sum);
            }
            weights[i] = weight;
        }
        return weights;
    }

    private static double score(double evidence, Document document) {
        double scaled = evidence * Math.sqrt(REFERENCE_WORDS / Math.max(document.wordCount(), MIN_WORDS));
        return Math.round(1000 * (1 - Math.exp(-scaled / SCALE))) / 10.0;
    }

    public static Verdict verdict(double score) {
        if (score >= SPUN_THRESHOLD) {
            return Verdict.SPUN;
        }
        return score >= SUSPECT_THRESHOLD ? Verdict.SUSPECT : Verdict.CLEAN;
    }

    /** The words a model finding is on and what it suggests instead. */
    private record Choice(String words, List<String> suggestions) {
    }
}
