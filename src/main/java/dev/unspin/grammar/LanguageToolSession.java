package dev.unspin.grammar;

import dev.unspin.text.PosTagger;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.chunking.Chunker;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.rules.patterns.AbstractPatternRule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One thread's LanguageTool: the analyser (JLanguageTool is not thread-safe) and that thread's
 * copies of the rules, per source language. Only the analysis of JLanguageTool is used; rules are
 * matched directly, so none of LanguageTool's ~6,000 built-in rules run.
 */
final class LanguageToolSession {
    private final GrammarRuleLoader loader;
    private final Map<String, List<AbstractPatternRule>> rulesByLanguage = new ConcurrentHashMap<>();
    private JLanguageTool analyser;
    private Disambiguator disambiguator;

    LanguageToolSession(GrammarRuleLoader loader) {
        this.loader = loader;
    }

    AnalyzedSentence analyse(String sentence) throws IOException {
        if (analyser == null) {
            // After a warm-up that started LanguageTool in the background; then (when none ran) the POS
            // model unspin's tag conditions use, which LanguageTool's English chunker reuses.
            LanguageToolWarmUp.awaitFinished();
            PosTagger.model();
            // An empty built-in rule list: JLanguageTool then skips loading its ~6,000 rules (about
            // 1.2 s here); only its analysis (tagging, disambiguation, chunking) is used.
            analyser = new JLanguageTool(GrammarRuleLoader.english(), List.of(), null, null, null, null, false, false, List.of());
            disambiguator = EnglishDisambiguator.shared();
        }
        return analysed(analyser, disambiguator, sentence);
    }

    /**
     * What {@code JLanguageTool.getAnalyzedSentence} does (tokens, tags and chunks, then disambiguation,
     * then the post-disambiguation chunker), with this disambiguator in place of the language's own.
     */
    static AnalyzedSentence analysed(JLanguageTool analyser, Disambiguator disambiguator, String sentence) throws IOException {
        AnalyzedSentence raw = analyser.getRawAnalyzedSentence(sentence);
        AnalyzedSentence disambiguated = disambiguator.disambiguate(raw);
        AnalyzedSentence analysed = new AnalyzedSentence(disambiguated.getTokens(), raw.getTokens());
        Chunker chunker = analyser.getLanguage().getPostDisambiguationChunker();
        if (chunker != null) {
            chunker.addChunkTags(Arrays.asList(analysed.getTokens()));
        }
        return analysed;
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
