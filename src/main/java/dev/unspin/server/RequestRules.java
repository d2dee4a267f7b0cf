package dev.unspin.server;

import dev.unspin.config.EffectiveSettings;
import dev.unspin.config.Level;
import dev.unspin.config.Settings;
import dev.unspin.engine.Category;
import dev.unspin.engine.CheckSettings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A LanguageTool request's choice of rules, as the settings of its one check: {@code disabledRules} and
 * {@code disabledCategories} are turned off; with {@code enabledOnly=true} only {@code enabledRules} and
 * {@code enabledCategories} run; {@code level=picky} lowers the min-confidence to
 * {@value #PICKY_MIN_CONFIDENCE}. Rule ids are unspin's (as the matches name them); ids unspin does not
 * know (LanguageTool's own, such as WHITESPACE_RULE) change nothing. Categories are named as the matches
 * name them ({@code UNSPIN_TORTURED_PHRASE}) or by unspin's id ({@code tortured-phrase}).
 */
final class RequestRules {
    static final double PICKY_MIN_CONFIDENCE = 0.3;

    private RequestRules() {
    }

    static EffectiveSettings settings(RequestFields fields) {
        List<Settings.RuleLevel> rules = new ArrayList<>();
        Map<Category, Level> categories = new EnumMap<>(Category.class);
        if (fields.flag("enabledOnly")) {
            List<String> enabledRules = fields.list("enabledRules");
            List<String> enabledCategories = fields.list("enabledCategories");
            if (enabledRules.isEmpty() && enabledCategories.isEmpty()) {
                throw new HttpProblem(400, "enabledOnly=true needs enabledRules or enabledCategories");
            }
            for (Category c : Category.values()) {
                categories.put(c, Level.OFF);
            }
            enabledCategories.forEach(name -> category(name).ifPresent(c -> categories.put(c, Level.ON)));
            enabledRules.forEach(rule -> rules.add(new Settings.RuleLevel(rule, Level.ON)));
        }
        fields.list("disabledCategories").forEach(name -> category(name).ifPresent(c -> categories.put(c, Level.OFF)));
        fields.list("disabledRules").forEach(rule -> rules.add(new Settings.RuleLevel(rule, Level.OFF)));
        double minConfidence = minConfidence(fields.nonBlank("level").orElse("default"));
        return new EffectiveSettings(Optional.empty(), List.of(), true, rules, categories, minConfidence, "request",
                EffectiveSettings.DEFAULT_FAIL_ON, "default", List.of(), List.of());
    }

    private static double minConfidence(String level) {
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "default" -> CheckSettings.DEFAULT_MIN_CONFIDENCE;
            case "picky" -> PICKY_MIN_CONFIDENCE;
            default -> throw new HttpProblem(400, "level must be default or picky, got '" + level + "'");
        };
    }

    /** The category a request names, in either spelling; empty for a category unspin does not have. */
    static Optional<Category> category(String name) {
        for (Category c : Category.values()) {
            if (c.id().equalsIgnoreCase(name) || LanguageToolMatches.categoryId(c).equalsIgnoreCase(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
