package dev.unspin.config;

import dev.unspin.engine.Severity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a configuration says about a rule or category: turn it off, or report it at a severity. {@code ON}
 * (on, at the rule's own severity) is not written in configuration files: a server request's
 * {@code enabledRules} with {@code enabledOnly} sets it.
 */
public enum Level {
    OFF, ON, ERROR, WARNING, INFO;

    static final String CHOICES = "off, error, warning, info";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity to report at, or empty for {@code off} and {@code on} (the rule's own). */
    public Optional<Severity> severity() {
        return this == OFF || this == ON ? Optional.empty() : Optional.of(Severity.valueOf(name()));
    }

    static Optional<Level> parse(String value) {
        for (Level l : values()) {
            if (l != ON && l.id().equals(value.toLowerCase(Locale.ROOT))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
