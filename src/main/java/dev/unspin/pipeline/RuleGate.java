package dev.unspin.pipeline;

import dev.unspin.config.EffectiveSettings;
import dev.unspin.config.Level;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleSelection;
import dev.unspin.engine.Severity;
import dev.unspin.engine.Suppressions;
import dev.unspin.engine.Category;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline's gate for one document: which rules may run (the configuration in effect for its
 * path), and which findings are admitted — at or above its min-confidence, not on an accepted
 * phrase, not under an inline suppression — with the severity the configuration sets. Detectors
 * consult it before running a rule and every finding passes it before it becomes evidence for
 * another detector, so a rule turned off or suppressed changes nothing else in the report.
 */
final class RuleGate implements RuleSelection {
    private final EffectiveSettings settings;
    private final RuleLevels levels;
    private final Suppressions suppressions;
    private final Set<String> accepted = new HashSet<>();

    RuleGate(EffectiveSettings settings, RuleLevels levels, Suppressions suppressions) {
        this.settings = settings;
        this.levels = levels;
        this.suppressions = suppressions;
        settings.accept().forEach(a -> accepted.add(key(a)));
    }

    @Override
    public boolean enabled(String rule, Category category) {
        return levels.enabled(rule, category);
    }

    /** What every detector is told about this document: the source language and the confidence floor. */
    CheckSettings checkSettings(Optional<String> sourceLanguage) {
        return new CheckSettings(sourceLanguage, settings.minConfidence());
    }

    /** The findings that pass the gate, in their order, with their configured severities. */
    List<Finding> admit(Document document, List<Finding> findings) {
        List<Finding> admitted = new ArrayList<>();
        for (Finding f : suppressions.apply(findings)) {
            if (f.confidence() < settings.minConfidence()
                    || !accepted.isEmpty() && accepted.contains(key(document.original().substring(f.start(), f.end())))) {
                continue;
            }
            Optional<Level> level = levels.of(f.rule(), f.category());
            if (level.isEmpty()) {
                admitted.add(f);
            } else if (level.get() != Level.OFF) {
                Severity severity = level.get().severity().orElse(f.severity());
                admitted.add(f.withSeverity(severity));
            }
        }
        return admitted;
    }

    /** An accepted phrase as compared: apostrophes straightened, runs of spaces collapsed, lower case. */
    private static String key(String phrase) {
        return phrase.replace('\u2019', '\'').replace('\u2018', '\'').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
