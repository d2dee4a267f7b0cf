package dev.unspin.engine;

/**
 * A document compared with the known originals: its copy verdict, the original it was matched to
 * (null when independent), and three shares of its words (words of sentences of four words or more):
 * {@code coverage}, in sentences aligned with that original; {@code wordChanges}, swapped, added or
 * dropped inside aligned sentences (what spinners and machine translation do); {@code sentenceChanges},
 * in sentences aligned with nothing, plus the original's words in sentences the copy left out between
 * the first and the last it kept (what an editor adding to or cutting a story does; a copy of one
 * stretch of an original is not an edit).
 */
public record CopyJudgement(CopyVerdict verdict, String originalId, double coverage, double wordChanges,
                            double sentenceChanges) {

    public static final CopyJudgement INDEPENDENT = new CopyJudgement(CopyVerdict.INDEPENDENT, null, 0, 0, 0);
}
