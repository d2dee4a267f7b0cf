package dev.unspin.pipeline;

import dev.unspin.config.ConfigLoader;
import dev.unspin.config.EffectiveSettings;
import dev.unspin.engine.Suppressions;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings in effect for each path: its nearest {@code .unspin.yml} (or the one named by
 * {@code --config}), then the command line; without a configuration loader, the defaults and the
 * command line. Resolved once per path and shared. Thread-safe.
 */
final class PathSettings {
    private final ConfigLoader loader;
    private final EffectiveSettings.CommandLine commandLine;
    private final ConcurrentHashMap<Path, EffectiveSettings> byPath = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<EffectiveSettings, RuleLevels> levels = new ConcurrentHashMap<>();
    private final EffectiveSettings unconfigured;

    /** {@code loader} null: no configuration files are read. */
    PathSettings(ConfigLoader loader, EffectiveSettings.CommandLine commandLine) {
        this.loader = loader;
        this.commandLine = commandLine;
        this.unconfigured = EffectiveSettings.resolve(Optional.empty(), null, commandLine);
    }

    /** The settings for a path; null: a text no configuration applies to. */
    EffectiveSettings of(Path path) {
        if (path == null || loader == null) {
            return unconfigured;
        }
        return byPath.computeIfAbsent(path, p -> EffectiveSettings.resolve(loader.forFile(p), p, commandLine));
    }

    /** The gate of one document under these settings, with the inline suppressions written in it. */
    RuleGate gate(EffectiveSettings settings, Suppressions suppressions) {
        return new RuleGate(settings, levels.computeIfAbsent(settings, RuleLevels::new), suppressions);
    }

    /**
     * The gate of one document under settings made for it alone (a server request's rule selection): its
     * rule levels are looked up for this document only, so no number of different requests grows a cache.
     */
    static RuleGate gateOnce(EffectiveSettings settings, Suppressions suppressions) {
        return new RuleGate(settings, new RuleLevels(settings), suppressions);
    }
}
