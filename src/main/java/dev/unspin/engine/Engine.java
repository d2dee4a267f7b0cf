package dev.unspin.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The one entry point every command uses: runs the detectors on a document, drops findings below
 * the confidence floor, merges overlaps and scores the result. Thread-safe.
 */
public final class Engine {
    private final List<Detector> detectors;
    private final CheckSettings settings;

    public Engine(List<Detector> detectors, CheckSettings settings) {
        this.detectors = List.copyOf(detectors);
        this.settings = settings;
    }

    public DocumentResult check(Document document) {
        return check(document, (d, findings) -> findings);
    }

    /**
     * Checks a document, letting {@code adjust} change the findings (drop some, change their
     * severity) before overlaps are merged and the document scored; the configuration does this.
     */
    public DocumentResult check(Document document, BiFunction<Document, List<Finding>, List<Finding>> adjust) {
        List<Finding> all = new ArrayList<>();
        for (Detector detector : detectors) {
            for (Finding f : detector.detect(document, settings, List.copyOf(all))) {
                if (f.confidence() >= settings.minConfidence()) {
                    all.add(f);
                }
            }
        }
        List<Finding> findings = FindingMerger.merge(adjust.apply(document, all));
        int words = document.wordCount();
        double score = SpinScorer.score(findings, document);
        return new DocumentResult(document, words, findings, score, SpinScorer.verdict(score));
    }
}
