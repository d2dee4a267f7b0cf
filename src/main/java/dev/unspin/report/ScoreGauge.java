package dev.unspin.report;

import dev.unspin.engine.SpinScorer;
import dev.unspin.engine.Verdict;

import java.util.Locale;

/**
 * A spin score as a half-circle gauge in inline SVG: a grey track, an arc filled to the score in
 * the verdict's colour (set by the page's CSS through the class {@code g-<verdict>}), ticks at
 * the suspect and spun thresholds, and the score and verdict in the middle.
 */
final class ScoreGauge {
    private static final double CX = 60;
    private static final double CY = 58;
    private static final double R = 46;

    private ScoreGauge() {
    }

    static String svg(double score, Verdict verdict) {
        double clamped = Math.max(0, Math.min(100, score));
        String arc = String.format(Locale.ROOT, "M%.1f %.1fA%.1f %.1f 0 0 1 %.1f %.1f", CX - R, CY, R, R, CX + R, CY);
        StringBuilder svg = new StringBuilder(600);
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"gauge g-%s\" viewBox=\"0 0 120 72\" width=\"132\" height=\"79\" role=\"img\" aria-label=\"spin score %.1f of 100: %s\">",
                verdict.id(), score, verdict.id()));
        svg.append("<path class=\"track\" d=\"").append(arc).append("\" pathLength=\"100\"/>");
        svg.append(String.format(Locale.ROOT, "<path class=\"value\" d=\"%s\" pathLength=\"100\" stroke-dasharray=\"%.1f 100\"/>",
                arc, clamped));
        svg.append(tick(SpinScorer.SUSPECT_THRESHOLD)).append(tick(SpinScorer.SPUN_THRESHOLD));
        svg.append(String.format(Locale.ROOT, "<text class=\"score\" x=\"60\" y=\"52\">%.1f</text>", score));
        svg.append("<text class=\"verdict\" x=\"60\" y=\"70\">").append(verdict.id()).append("</text></svg>");
        return svg.toString();
    }

    /** A short radial line across the arc at {@code value} (0 at the left end, 100 at the right). */
    private static String tick(double value) {
        double angle = Math.PI * (1 - value / 100);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        return String.format(Locale.ROOT, "<line class=\"tick\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                CX + (R - 9) * cos, CY - (R - 9) * sin, CX + (R + 9) * cos, CY - (R + 9) * sin);
    }
}
