package dev.unspin.pipeline;

import dev.unspin.config.EffectiveSettings;
import dev.unspin.config.Level;
import dev.unspin.engine.Category;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The level each rule is set to under one set of effective settings, looked up once per rule (a
 * detector asks for every candidate match; the settings' globs are slow to ask again). Thread-safe.
 */
final class RuleLevels {
    private final EffectiveSettings settings;
    private final boolean unconfigured;
    private final ConcurrentHashMap<String, Optional<Level>> levels = new ConcurrentHashMap<>();

    RuleLevels(EffectiveSettings settings) {
        this.settings = settings;
        this.unconfigured = settings.rules().isEmpty() && settings.categories().isEmpty();
    }

    Optional<Level> of(String rule, Category category) {
        if (unconfigured) {
            return Optional.empty();
        }
        return levels.computeIfAbsent(category.id() + ' ' + rule, k -> settings.levelOf(rule, category));
    }

    boolean enabled(String rule, Category category) {
        return of(rule, category).map(level -> level != Level.OFF).orElse(true);
    }
}
