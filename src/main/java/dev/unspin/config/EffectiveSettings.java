package dev.unspin.config;

import dev.unspin.engine.Category;
import dev.unspin.engine.CheckSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The settings in effect for one file: its config file's top level, then each override whose
 * globs match it, then the command line. Immutable.
 *
 * @param config            the config file that applies, if any
 * @param overrides         the lines of the overrides that matched
 * @param included          whether include/exclude let the file be checked
 * @param rules             rule levels in order; the last that matches a rule wins
 * @param categories        category levels; a rule's own level wins over its category's
 * @param minConfidence     findings below it are dropped
 * @param minConfidenceFrom where minConfidence comes from (default, the file, an override, the command line)
 * @param failOn            spun, suspect, error, warning or never
 * @param failOnFrom        where failOn comes from
 * @param dictionaries      extra .dict files
 * @param accept            words and phrases never reported (compared ignoring case and runs of spaces)
 */
public record EffectiveSettings(Optional<ConfigFile> config, List<Integer> overrides, boolean included,
                                List<Settings.RuleLevel> rules, Map<Category, Level> categories,
                                double minConfidence, String minConfidenceFrom, String failOn, String failOnFrom,
                                List<Path> dictionaries, List<String> accept) {

    public static final String DEFAULT_FAIL_ON = "error";

    public EffectiveSettings {
        overrides = List.copyOf(overrides);
        rules = List.copyOf(rules);
        categories = Map.copyOf(categories);
        dictionaries = List.copyOf(dictionaries);
        accept = List.copyOf(accept);
    }

    /** What the command line set explicitly; it wins over every file. */
    public record CommandLine(OptionalDouble minConfidence, Optional<String> failOn) {
        public static CommandLine none() {
            return new CommandLine(OptionalDouble.empty(), Optional.empty());
        }
    }

    /** The settings for {@code file} under {@code config}. */
    public static EffectiveSettings resolve(Optional<ConfigFile> config, Path file, CommandLine cli) {
        List<Settings.RuleLevel> rules = new ArrayList<>();
        Map<Category, Level> categories = new EnumMap<>(Category.class);
        double minConfidence = CheckSettings.DEFAULT_MIN_CONFIDENCE;
        String minFrom = "default";
        String failOn = DEFAULT_FAIL_ON;
        String failFrom = "default";
        List<Integer> matched = new ArrayList<>();
        boolean included = true;
        if (config.isPresent()) {
            ConfigFile c = config.get();
            String rel = c.relative(file);
            included = c.includes(file);
            rules.addAll(c.settings().rules());
            categories.putAll(c.settings().categories());
            if (c.settings().minConfidence().isPresent()) {
                minConfidence = c.settings().minConfidence().getAsDouble();
                minFrom = c.display();
            }
            if (c.failOn().isPresent()) {
                failOn = c.failOn().get();
                failFrom = c.display();
            }
            for (ConfigFile.Override o : c.overrides()) {
                if (!o.matches(rel)) {
                    continue;
                }
                matched.add(o.line());
                rules.addAll(o.settings().rules());
                categories.putAll(o.settings().categories());
                if (o.settings().minConfidence().isPresent()) {
                    minConfidence = o.settings().minConfidence().getAsDouble();
                    minFrom = "override at " + c.display() + ":" + o.line();
                }
            }
        }
        if (cli.minConfidence().isPresent()) {
            minConfidence = cli.minConfidence().getAsDouble();
            minFrom = "command line";
        }
        if (cli.failOn().isPresent()) {
            failOn = cli.failOn().get().toLowerCase(Locale.ROOT);
            failFrom = "command line";
        }
        return new EffectiveSettings(config, matched, included, rules, categories, minConfidence, minFrom, failOn,
                failFrom, config.map(ConfigFile::dictionaries).orElse(List.of()),
                config.map(ConfigFile::accept).orElse(List.of()));
    }

    /** The level a rule is set to, by its own id first, then by its category; empty when unchanged. */
    public Optional<Level> levelOf(String rule, Category category) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (rules.get(i).matches(rule)) {
                return Optional.of(rules.get(i).level());
            }
        }
        return Optional.ofNullable(categories.get(category));
    }
}
