package dev.unspin.engine;

import java.util.Optional;

/**
 * Per-run settings every detector may read.
 *
 * @param sourceLanguage ISO 639-1 code of the language the text was machine-translated from, if known
 * @param minConfidence  findings below this confidence are dropped
 */
public record CheckSettings(Optional<String> sourceLanguage, double minConfidence) {

    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    public static CheckSettings defaults() {
        return new CheckSettings(Optional.empty(), DEFAULT_MIN_CONFIDENCE);
    }
}
