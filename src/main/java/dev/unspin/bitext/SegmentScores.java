package dev.unspin.bitext;

import dev.unspin.engine.Finding;
import dev.unspin.engine.SegmentResult;
import dev.unspin.engine.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Translation scores in the manner of MQM: a finding costs penalty points by severity (error 5, as an
 * MQM major error; warning 1, a minor one; info 0.1), and a segment's score is
 * {@code 100 - 100 * penalty / words}, at least 0; a file's is the same over all its segments. A
 * segment's findings are those that start within its target (or where its missing target would be).
 */
public final class SegmentScores {
    private SegmentScores() {
    }

    public static List<SegmentResult> of(Bitext bitext, List<Finding> findings) {
        List<Finding> byStart = new ArrayList<>(findings);
        byStart.sort(Comparator.comparingInt(Finding::start));
        List<SegmentResult> results = new ArrayList<>();
        for (Segment s : bitext.segments()) {
            int words = words(s.targetText().isEmpty() ? s.source() : s.targetText());
            int count = 0;
            double penalty = 0;
            // the findings starting within [anchorStart, max(anchorEnd, anchorStart + 1)), as SegmentResult.holds says
            int end = Math.max(s.anchorEnd(), s.anchorStart() + 1);
            for (int i = Finding.firstStartingAtOrAfter(byStart, s.anchorStart()); i < byStart.size() && byStart.get(i).start() < end; i++) {
                count++;
                penalty += penalty(byStart.get(i).severity());
            }
            results.add(new SegmentResult(s.id(), s.line(), s.column(), s.anchorStart(), s.anchorEnd(), s.source(), s.targetText(),
                    words, count, score(penalty, words)));
        }
        return results;
    }

    /** How many of these segments have at least one finding. */
    public static long withFindings(List<SegmentResult> segments) {
        return segments.stream().filter(s -> s.findings() > 0).count();
    }

    /** The score of a whole file from its segments' scores and word counts. */
    public static double fileScore(List<SegmentResult> segments) {
        double penalty = 0;
        int words = 0;
        for (SegmentResult s : segments) {
            penalty += (100 - s.score()) * Math.max(1, s.words()) / 100;
            words += Math.max(1, s.words());
        }
        return score(penalty, words);
    }

    static double penalty(Severity severity) {
        return switch (severity) {
            case ERROR -> 5;
            case WARNING -> 1;
            case INFO -> 0.1;
        };
    }

    private static double score(double penalty, int words) {
        return Math.max(0, 100 - 100 * penalty / Math.max(1, words));
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
