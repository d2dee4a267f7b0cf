package dev.unspin.originals;

import dev.unspin.engine.CopyJudgement;
import dev.unspin.engine.CopyVerdict;

/**
 * The copy verdict from the shares of a document's words (each of all its words): aligned with
 * sentences of any original, aligned with the best original ({@code coverage}), swapped for other
 * words, and added, dropped or not aligned at all ({@code changed}). Thresholds calibrated with
 * {@code scripts/unspin-dev eval-originals} (docs/quality.md, "Originals").
 */
final class CopyVerdicts {
    /** Less of the document aligned than this: no original found. */
    static final double MIN_ALIGNED = 0.3;
    /** Verbatim: at most this share swapped and at most {@link #VERBATIM_CHANGED} changed. */
    static final double VERBATIM_SWAPPED = 0.02;
    static final double VERBATIM_CHANGED = 0.05;
    /** Spun: at least this share swapped, and swaps at least {@link #SWAPS_OVER_CHANGES} of the other changes. */
    static final double SPUN_SWAPPED = 0.04;
    static final double SWAPS_OVER_CHANGES = 0.5;

    private CopyVerdicts() {
    }

    static CopyJudgement judge(String originalId, double aligned, double coverage, double swapped, double changed) {
        if (aligned < MIN_ALIGNED) {
            return CopyJudgement.INDEPENDENT;
        }
        CopyVerdict verdict;
        if (swapped <= VERBATIM_SWAPPED && changed <= VERBATIM_CHANGED) {
            verdict = CopyVerdict.VERBATIM_COPY;
        } else if (swapped >= SPUN_SWAPPED && swapped >= SWAPS_OVER_CHANGES * changed) {
            verdict = CopyVerdict.SPUN_COPY;
        } else {
            verdict = CopyVerdict.EDITED_COPY;
        }
        return new CopyJudgement(verdict, originalId, round(coverage), round(swapped), round(changed));
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
