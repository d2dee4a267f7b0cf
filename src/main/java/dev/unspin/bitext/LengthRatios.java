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

    /**
     * The calibrated bounds (docs/quality.md, "Checks against the source"), from error-free segments of
     * the MQM sets: de from the TED talks' 3,703 English→German segments (the ratio inverted, German of
     * 40 characters or more: 0.5th percentile 0.59, 99.5th 1.22), each widened by a quarter; zh from the
     * TED talks' 3,368 Chinese→English segments (sources of 12 characters or more: 1.87 and 4.95),
     * widened to 1.3 and 7.5 for sources of 16 characters or more after the tuning systems of the
     * 2023 news set showed error-free headlines up to 6.75 and spoken replies down to 1.33.
     */
    public static final LengthRatios CALIBRATED = new LengthRatios(Map.of(
            "zh", new Bounds(1.3, 7.5, 16),
            "de", new Bounds(0.47, 1.53, 40)));

    private final Map<String, Bounds> bounds;

    public LengthRatios(Map<String, Bounds> bounds) {
        this.bounds = Map.copyOf(bounds);
    }

    public Optional<Bounds> bounds(String sourceLanguage) {
        return Optional.ofNullable(bounds.get(sourceLanguage));
    }
}
