package dev.unspin.grammar;

import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.patterns.AbstractPatternRule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One thread's LanguageTool: its analyser ({@link EnglishAnalyser}, started on the first sentence that
 * needs it, after the warm-up) and that thread's copies of the rules, per source language. Rules are
 * matched directly, so none of LanguageTool's ~6,000 built-in rules run.
 */
final class LanguageToolSession {
    private final GrammarRuleLoader loader;
    private final Map<String, List<AbstractPatternRule>> rulesByLanguage = new ConcurrentHashMap<>();
    private EnglishAnalyser analyser;

    LanguageToolSession(GrammarRuleLoader loader) {
        this.loader = loader;
    }

    /** The sentence's analysis: this thread's own, or the warm-up thread's when it analysed the sentence ahead. */
    AnalyzedSentence analyse(String sentence) throws IOException {
        if (analyser == null) {
            LanguageToolWarmUp.awaitFinished();
            analyser = new EnglishAnalyser();
        }
        return LanguageToolWarmUp.analyses().analysed(sentence, analyser::analyse);
    }

    boolean started() {
        return analyser != null;
    }

    /** Project rules followed by the false friends of the source language, in the detector's anchor order. */
    List<AbstractPatternRule> rules(Optional<String> sourceLanguage) {
        return rulesByLanguage.computeIfAbsent(sourceLanguage.orElse(""), language -> {
            List<AbstractPatternRule> rules = new ArrayList<>(loader.projectRules());
            if (!language.isEmpty()) {
                rules.addAll(loader.falseFriends(language));
            }
            return rules;
        });
    }
}
