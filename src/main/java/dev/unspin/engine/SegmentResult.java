package dev.unspin.engine;

/**
 * One segment of a bilingual file as checked: where its target is, its source and target text, how
 * many findings fall on it and its translation score (100: nothing found; see {@code bitext.SegmentScores}).
 */
public record SegmentResult(String id, int line, int column, String source, String target, int words, int findings,
                            double score) {
}
