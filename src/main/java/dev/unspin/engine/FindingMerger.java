package dev.unspin.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves overlapping findings: where two overlap, the longer one wins (it saw more context),
 * then the more confident one. The survivors are returned in text order.
 */
public final class FindingMerger {
    private static final Comparator<Finding> PREFERENCE = Comparator.comparingInt(Finding::length).reversed()
            .thenComparing(Comparator.comparingDouble(Finding::confidence).reversed())
            .thenComparingInt(Finding::start);

    private FindingMerger() {
    }

    public static List<Finding> merge(List<Finding> findings) {
        List<Finding> byPreference = new ArrayList<>(findings);
        byPreference.sort(PREFERENCE);
        List<Finding> kept = new ArrayList<>();
        for (Finding candidate : byPreference) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return kept;
    }
}
