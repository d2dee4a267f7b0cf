package dev.unspin.bitext;

import java.util.Map;
import java.util.Optional;

/**
 * How long an English translation usually is, in characters, against its source, per source
 * language: the bounds outside which {@code source/length-ratio} reports a segment. Calibrated on
 * professional MQM annotations of machine translation (segments the raters found error-free; the
 * 0.5th and 99.5th percentile of target/source characters), as docs/quality.md records; a language
 * without data has no bounds and the rule stays silent for it.
 */
public final class LengthRatios {
    /** Bounds for one source language, for sources of at least {@code minSourceLength} characters. */
    public record Bounds(double low, double high, int minSourceLength) {
    }

    /** The calibrated bounds (docs/quality.md, "Bilingual checks"). */
    public static final LengthRatios CALIBRATED = new LengthRatios(Map.of(
            "zh", new Bounds(1.2, 6.5, 12),
            "de", new Bounds(0.55, 1.6, 40),
            "es", new Bounds(0.55, 1.5, 40)));

    private final Map<String, Bounds> bounds;

    public LengthRatios(Map<String, Bounds> bounds) {
        this.bounds = Map.copyOf(bounds);
    }

    public Optional<Bounds> bounds(String sourceLanguage) {
        return Optional.ofNullable(bounds.get(sourceLanguage));
    }
}
