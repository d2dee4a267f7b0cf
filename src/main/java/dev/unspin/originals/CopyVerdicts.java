package dev.unspin.originals;

import dev.unspin.engine.CopyJudgement;
import dev.unspin.engine.CopyVerdict;

/**
 * The copy verdict from shares of a document's words (see {@link CopyJudgement}): aligned with sentences
 * of any original ({@code aligned}), with the best original ({@code coverage}), changed within aligned
 * sentences ({@code wordChanges}: swaps, and words added or dropped there) and changed by whole sentences
 * ({@code sentenceChanges}: sentences added, or the original's left out). A spinner or a machine
 * translation changes words in every sentence; an editor adds and cuts sentences. Thresholds set with
 * {@code scripts/unspin-dev eval-originals} on the habits and thesaurus spinners and the verbatim and
 * edited copies (docs/quality.md, "Originals"); the Moby spinner and the round-trip noise were held out.
 */
final class CopyVerdicts {
    /** Less of the document aligned than this: no original found. */
    static final double MIN_ALIGNED = 0.3;
    /** Verbatim: at most this share changed within sentences, and at most {@link #VERBATIM_SENTENCES} by sentences. */
    static final double VERBATIM_WORDS = 0.01;
    static final double VERBATIM_SENTENCES = 0.05;
    /** Spun: at least this share changed within sentences, and at least {@link #WORDS_OVER_SENTENCES} of the share changed by sentences. */
    static final double SPUN_WORDS = 0.015;
    static final double WORDS_OVER_SENTENCES = 0.5;

    private CopyVerdicts() {
    }

    static CopyJudgement judge(String originalId, String originalText, double aligned, double coverage, double wordChanges, double sentenceChanges) {
        if (aligned < MIN_ALIGNED) {
            return CopyJudgement.INDEPENDENT;
        }
        CopyVerdict verdict;
        if (wordChanges <= VERBATIM_WORDS && sentenceChanges <= VERBATIM_SENTENCES) {
            verdict = CopyVerdict.VERBATIM_COPY;
        } else if (wordChanges >= SPUN_WORDS && wordChanges >= WORDS_OVER_SENTENCES * sentenceChanges) {
            verdict = CopyVerdict.SPUN_COPY;
        } else {
            verdict = CopyVerdict.EDITED_COPY;
        }
        return new CopyJudgement(verdict, originalId, round(coverage), round(wordChanges), round(sentenceChanges), originalText);
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
