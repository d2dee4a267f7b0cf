package dev.unspin.engine;

/**
 * A document compared with the known originals: its copy verdict, the original it was matched to
 * (null when independent), the share of its words in sentences aligned to that original
 * ({@code coverage}, 0..1), and of those aligned words, the share the copy swapped for others
 * ({@code swapped}) and the share it added or dropped ({@code insertedOrDeleted}).
 */
public record CopyJudgement(CopyVerdict verdict, String originalId, double coverage, double swapped,
                            double insertedOrDeleted) {

    public static final CopyJudgement INDEPENDENT = new CopyJudgement(CopyVerdict.INDEPENDENT, null, 0, 0, 0);
}
