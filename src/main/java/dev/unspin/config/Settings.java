package dev.unspin.config;

import dev.unspin.engine.Category;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One layer of settings about findings: the top of a config file, or one of its overrides.
 *
 * @param rules         rule ids (or globs over them, such as {@code grammar/*}) and their level, in file order
 * @param categories    categories and their level
 * @param minConfidence findings below it are dropped, if set
 */
public record Settings(List<RuleLevel> rules, Map<Category, Level> categories, OptionalDouble minConfidence) {

    public Settings {
        rules = List.copyOf(rules);
        categories = Map.copyOf(categories);
    }

    /**
     * A rule id, a glob over rule ids or a rule file's name, and the level it sets; {@code line}: where a
     * config file sets it (0: not from a file).
     */
    public record RuleLevel(String rule, Level level, int line) {
        public RuleLevel(String rule, Level level) {
            this(rule, level, 0);
        }

        Pattern pattern() {
            return Glob.name(rule);
        }

        /** An exact id, a glob over ids, or an id group without '/' (all ids that start with it: {@code spinner-a-h}, {@code grammar}). */
        public boolean matches(String id) {
            return rule.equals(id) || rule.indexOf('/') < 0 && id.startsWith(rule + "/") || (rule.indexOf('*') >= 0 || rule.indexOf('?') >= 0) && pattern().matcher(id).matches();
        }
    }
}
