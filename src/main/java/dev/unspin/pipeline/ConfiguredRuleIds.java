package dev.unspin.pipeline;

import dev.unspin.config.ConfigException;
import dev.unspin.config.ConfigFile;
import dev.unspin.config.EffectiveSettings;
import dev.unspin.engine.RuleFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks that each configuration's rule settings name rules the run loads (its rules plus the
 * configuration's own dictionaries), once per configuration file. The known ids are read only for a
 * configuration that sets rules. Thread-safe.
 */
final class ConfiguredRuleIds {
    private final RuleFiles rules;
    private final ConcurrentHashMap<List<Path>, KnownRuleIds> known = new ConcurrentHashMap<>();
    private final Set<Path> checked = ConcurrentHashMap.newKeySet();

    ConfiguredRuleIds(RuleFiles rules) {
        this.rules = rules;
    }

    /** Throws a ConfigException listing every rule setting of {@code settings}' configuration that matches no rule. */
    void check(EffectiveSettings settings) {
        if (settings.config().isEmpty()) {
            return;
        }
        ConfigFile config = settings.config().get();
        if (checked.contains(config.path())) {
            return;
        }
        List<ConfigException.Problem> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems, config);
        }
        checked.add(config.path());
    }

    /**
     * {@code invalid} with the problems of the rule settings that parsed in spite of it added, so that a
     * file's problems are all reported at once. When the rules themselves cannot be loaded (a dictionary
     * the file names is broken, say), the parse problems alone.
     */
    ConfigException withRuleProblems(ConfigException invalid) {
        if (invalid.parsed().isEmpty()) {
            return invalid;
        }
        try {
            return invalid.with(problems(invalid.parsed().get()));
        } catch (RuntimeException e) {
            return invalid;
        }
    }

    /** One problem for each rule setting of {@code config} that matches no rule; none when it sets no rules. */
    private List<ConfigException.Problem> problems(ConfigFile config) {
        boolean setsRules = !config.settings().rules().isEmpty()
                || config.overrides().stream().anyMatch(o -> !o.settings().rules().isEmpty());
        if (!setsRules) {
            return List.of();
        }
        return known.computeIfAbsent(List.copyOf(config.dictionaries()),
                dictionaries -> new KnownRuleIds(rules.withFiles(dictionaries))).problems(config);
    }
}
