package dev.unspin.report;

import dev.unspin.bitext.SegmentScores;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SegmentResult;

import java.util.Locale;
import java.util.Optional;

/**
 * How the reports write a bilingual file's translation scores ({@link SegmentScores} computes them): the
 * file's score with its segment counts, and a finding's segment with that segment's score. Nothing here
 * for a document without segments (a monolingual input), so its reports stay as they were.
 */
final class TranslationScores {
    /** The rule-like id of a file's translation score where a format gives it as an entry (Checkstyle, GitHub). */
    static final String SOURCE_ID = "translation-score";

    private TranslationScores() {
    }

    /** A score to one decimal, as the reports print it ({@code 64.6}). */
    static String formatted(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    /** A score rounded to one decimal, for the reports that hold it as a number (JSON, SARIF). */
    static double rounded(double score) {
        return Math.round(score * 10) / 10.0;
    }

    /** The file's translation score, e.g. {@code 64.6}. */
    static String fileScore(DocumentResult document) {
        return formatted(SegmentScores.fileScore(document.segments()));
    }

    /** {@code translation score 64.6: 4 of 8 segments with findings}. */
    static String fileSummary(DocumentResult document) {
        int segments = document.segments().size();
        return String.format(Locale.ROOT, "translation score %s: %d of %d segment%s with findings", fileScore(document),
                SegmentScores.withFindings(document.segments()), segments, segments == 1 ? "" : "s");
    }

    /**
     * {@code segment score 16.7}: the translation score of the segment a finding falls on, or empty when it is
     * on none. The finding's line and column say which segment it is (the source rules' messages quote its
     * source too), so the id is left to the formats with a field for it (CSV, Markdown, SARIF, JSON).
     */
    static String segmentNote(Optional<SegmentResult> segment) {
        return segment.map(s -> "segment score " + formatted(s.score())).orElse("");
    }

    /**
     * The message with its suggestions as annotations show it (Checkstyle, GitHub, JUnit), followed on a
     * bilingual file by the finding's segment score in brackets.
     */
    static String annotation(Finding finding, Optional<SegmentResult> segment) {
        String note = segmentNote(segment);
        return CheckstyleReportWriter.withFix(finding) + (note.isEmpty() ? "" : " [" + note + "]");
    }
}
