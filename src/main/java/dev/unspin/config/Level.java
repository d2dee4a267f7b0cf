package dev.unspin.config;

import dev.unspin.engine.Severity;

import java.util.Locale;
import java.util.Optional;

/** What a configuration says about a rule or category: turn it off, or report it at a severity. */
public enum Level {
    OFF, ERROR, WARNING, INFO;

    static final String CHOICES = "off, error, warning, info";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity to report at, or empty for {@code off}. */
    public Optional<Severity> severity() {
        return this == OFF ? Optional.empty() : Optional.of(Severity.valueOf(name()));
    }

    static Optional<Level> parse(String value) {
        for (Level l : values()) {
            if (l.id().equals(value.toLowerCase(Locale.ROOT))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
