package dev.unspin.engine;

/**
 * One segment of a bilingual file as checked: where its target is (line and column; {@code start} and
 * {@code end}, the file offsets its findings fall between), its source and target text, how many
 * findings fall on it and its translation score (100: nothing found; see {@code bitext.SegmentScores}).
 */
public record SegmentResult(String id, int line, int column, int start, int end, String source, String target, int words,
                            int findings, double score) {

    /** Whether a finding starting at this file offset falls on the segment. */
    public boolean holds(int offset) {
        return offset >= start && offset < Math.max(end, start + 1);
    }
}
