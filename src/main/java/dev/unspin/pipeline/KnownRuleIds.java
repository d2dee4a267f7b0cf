package dev.unspin.pipeline;

import dev.unspin.bitext.SourceRule;
import dev.unspin.config.ConfigException;
import dev.unspin.config.ConfigFile;
import dev.unspin.config.Settings;
import dev.unspin.dictionary.DictionaryEntry;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.engine.RuleFiles;
import dev.unspin.grammar.GrammarRuleCatalog;
import dev.unspin.model.ModelDetector;
import dev.unspin.text.EditDistance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule ids a run can report: its dictionaries' entries, its grammar rules, LanguageTool's false
 * friends (any source language: one configuration serves runs with and without one), the model's
 * rule and the checks of bilingual inputs against their source. A configuration's rule setting (an id, a group or a glob) that matches none of them is a
 * problem, named with the closest ids.
 */
final class KnownRuleIds {
    private static final String FALSE_FRIENDS = "/org/languagetool/rules/false-friends.xml";
    private static final Pattern FALSE_FRIEND_ID = Pattern.compile("<rule(?:group)? id=\"([^\"]+)\"");
    private static final int MAX_SUGGESTIONS = 3;
    private static volatile Set<String> falseFriends;

    private final Set<String> ids = new LinkedHashSet<>();
    private final Set<String> groups = new LinkedHashSet<>();

    KnownRuleIds(RuleFiles rules) {
        ids.add(ModelDetector.RULE);
        for (DictionaryEntry entry : PhraseDictionary.load(rules).entries()) {
            ids.add(entry.id());
        }
        for (GrammarRuleCatalog.Rule rule : new GrammarRuleCatalog(rules).rules()) {
            ids.add(rule.id());
        }
        ids.addAll(falseFriends());
        for (SourceRule rule : SourceRule.values()) {
            ids.add(rule.id());
        }
        for (String id : ids) {
            groups.add(id.substring(0, Math.max(0, id.indexOf('/'))));
        }
        groups.remove("");
    }

    /** A problem for each rule setting in {@code config} (top level and overrides) that matches no known id. */
    List<ConfigException.Problem> problems(ConfigFile config) {
        List<Settings.RuleLevel> settings = new ArrayList<>(config.settings().rules());
        config.overrides().forEach(o -> settings.addAll(o.settings().rules()));
        settings.sort(Comparator.comparingInt(Settings.RuleLevel::line));
        List<ConfigException.Problem> problems = new ArrayList<>();
        for (Settings.RuleLevel setting : settings) {
            if (ids.stream().noneMatch(setting::matches)) {
                List<String> close = closest(setting.rule());
                problems.add(new ConfigException.Problem(setting.line(), config.display() + ":" + setting.line() + ": 'rules." + setting.rule() + "': no such rule"
                        + (close.isEmpty() ? "; `unspin rules list` shows them" : "; did you mean " + String.join(", ", close) + "?")));
            }
        }
        return problems;
    }

    /**
     * The ids (or, for a group or a glob, the groups, with the glob's rest) closest to {@code rule}: at most
     * two edits or a third of its length away, closest first.
     */
    List<String> closest(String rule) {
        boolean group = rule.indexOf('/') < 0 || rule.indexOf('*') >= 0 || rule.indexOf('?') >= 0;
        String wanted = group && rule.indexOf('/') >= 0 ? rule.substring(0, rule.indexOf('/')) : rule;
        int limit = Math.max(2, wanted.length() / 3);
        return (group ? groups : ids).stream()
                .map(id -> new Candidate(id, EditDistance.between(wanted, id)))
                .filter(c -> c.distance() <= limit)
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::id))
                .limit(MAX_SUGGESTIONS)
                .map(c -> group && rule.indexOf('/') >= 0 ? c.id() + rule.substring(rule.indexOf('/')) : c.id())
                .filter(suggestion -> !suggestion.equals(rule))
                .toList();
    }

    private record Candidate(String id, int distance) {
    }

    /** LanguageTool's false-friend rule ids as findings carry them, read once from its rule file. */
    private static Set<String> falseFriends() {
        Set<String> known = falseFriends;
        if (known == null) {
            known = new LinkedHashSet<>();
            try (InputStream in = KnownRuleIds.class.getResourceAsStream(FALSE_FRIENDS)) {
                if (in != null) {
                    Matcher m = FALSE_FRIEND_ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        known.add("grammar/" + m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            falseFriends = known;
        }
        return known;
    }
}
