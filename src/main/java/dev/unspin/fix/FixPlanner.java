package dev.unspin.fix;

import dev.unspin.engine.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which findings are safe to apply: exactly one suggestion, confidence at or above the
 * threshold, a suggestion that differs from the text, and no overlap with a protected region or
 * with a finding already chosen.
 */
public final class FixPlanner {
    /**
     * fix's default threshold: findings of severity warning or error. Below it are the info-level
     * findings (false friends, uncertain entries) a person should judge; on the labelled set the
     * findings at or above it are correct 99.7% of the time (README, Quality).
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.6;

    private final double minConfidence;

    public FixPlanner(double minConfidence) {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("the fix threshold must be between 0 and 1, got " + minConfidence);
        }
        this.minConfidence = minConfidence;
    }

    /** Splits a document's findings into the fixes to apply and the findings left without a safe fix. */
    public Plan plan(String original, List<Finding> findings, ProtectedRegions protectedRegions) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        List<Finding> applied = new ArrayList<>();
        List<Finding> left = new ArrayList<>();
        int appliedEnd = 0;
        for (Finding f : sorted) {
            if (f.start() >= appliedEnd && isSafe(original, f, protectedRegions)) {
                applied.add(f);
                appliedEnd = f.end();
            } else {
                left.add(f);
            }
        }
        return new Plan(applied, left, replacements(original, applied, protectedRegions));
    }

    /** The applied findings as replacements, each taking in the "a"/"an" before it when that must change. */
    private static List<Replacement> replacements(String original, List<Finding> applied, ProtectedRegions protectedRegions) {
        List<Replacement> replacements = new ArrayList<>();
        int previousEnd = 0;
        for (Finding f : applied) {
            Replacement plain = new Replacement(f.start(), f.end(), f.suggestions().get(0));
            replacements.add(ArticleAgreement.adjust(original, plain, previousEnd, protectedRegions));
            previousEnd = f.end();
        }
        return replacements;
    }

    private boolean isSafe(String original, Finding f, ProtectedRegions protectedRegions) {
        return f.confidence() >= minConfidence
                && f.suggestions().size() == 1
                && f.end() <= original.length()
                && !original.substring(f.start(), f.end()).equals(f.suggestions().get(0))
                && !protectedRegions.overlaps(f.start(), f.end());
    }

    /**
     * The findings to fix, the ones left as they are, each in document order, and the replacements
     * that fix them (a replacement starts at the finding, or at the article before it when
     * {@link ArticleAgreement} changes that article).
     */
    public record Plan(List<Finding> applied, List<Finding> left, List<Replacement> replacements) {

        public Plan {
            applied = List.copyOf(applied);
            left = List.copyOf(left);
            replacements = List.copyOf(replacements);
        }
    }
}
