package dev.unspin.engine;

/**
 * A document compared with the known originals: its copy verdict, the original it was matched to
 * (null when independent), and three shares of its words (words of sentences of four words or more):
 * {@code coverage}, in sentences aligned with that original; {@code wordChanges}, swapped, added or
 * dropped inside aligned sentences (what spinners and machine translation do); {@code sentenceChanges},
 * in sentences aligned with nothing, plus the original's words in sentences the copy left out between
 * the first and the last it kept (what an editor adding to or cutting a story does; a copy of one
 * stretch of an original is not an edit). {@code originalText}: that original's text, for reports that show it
 * beside the copy (null when independent).
 */
public record CopyJudgement(CopyVerdict verdict, String originalId, double coverage, double wordChanges,
                            double sentenceChanges, String originalText) {

    public static final CopyJudgement INDEPENDENT = new CopyJudgement(CopyVerdict.INDEPENDENT, null, 0, 0, 0, null);

    /** The judgement without the original's text, for one line of a log. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s of %s (coverage %.3f, word changes %.3f, sentence changes %.3f)",
                verdict.id(), originalId, coverage, wordChanges, sentenceChanges);
    }
}
