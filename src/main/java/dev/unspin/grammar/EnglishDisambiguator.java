package dev.unspin.grammar;

import org.jetbrains.annotations.Nullable;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.tagging.disambiguation.AbstractDisambiguator;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tagging.disambiguation.MultiWordChunker;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * LanguageTool's English disambiguation as {@code EnglishHybridDisambiguator} does it (the English
 * multi-word list, then the rules), with the rules parsed only as sentences need them
 * ({@link LazyRuleDisambiguator}) and without the global spelling multi-word list
 * ({@code spelling_global.txt}, ~0.3 s of CPU to load): that list only marks tokens as ignored by the
 * speller, a flag only LanguageTool's spelling rules, simple-replace rules and multi-token speller
 * filter read (LanguageTool 6.8), and unspin runs none of them (its own pattern rules, which use no
 * filter, and LanguageTool's false friends only). The multi-word list is
 * LanguageTool's own cached instance with the settings its English disambiguator gives it. One per JVM
 * ({@link #shared}); without a packaged index that matches LanguageTool's files it is LanguageTool's own.
 */
final class EnglishDisambiguator extends AbstractDisambiguator {
    static final String MULTI_WORDS = "/en/multiwords.txt";
    private static Disambiguator shared;

    private final MultiWordChunker multiWords;
    private final LazyRuleDisambiguator rules;

    EnglishDisambiguator(LazyRuleDisambiguator rules) {
        this.rules = rules;
        this.multiWords = multiWords();
        multiWords.setIgnoreSpelling(true);
        multiWords.setRemovePreviousTags(true);
    }

    /** The English disambiguator every session uses: this one over the packaged index, else LanguageTool's own. */
    static synchronized Disambiguator shared() throws IOException {
        if (shared == null) {
            Language english = GrammarRuleLoader.english();
            Optional<LazyRuleDisambiguator> lazy = LazyRuleDisambiguator.packaged(english);
            shared = lazy.<Disambiguator>map(EnglishDisambiguator::new).orElseGet(english::getDisambiguator);
        }
        return shared;
    }

    /** Parses ahead the disambiguation rules these sentences can trigger (when the rules are parsed lazily). */
    static void prepare(Collection<String> sentences) throws IOException {
        if (shared() instanceof EnglishDisambiguator english) {
            Language language = GrammarRuleLoader.english();
            Set<String> tokens = new HashSet<>();
            for (String sentence : sentences) {
                for (String token : language.getWordTokenizer().tokenize(sentence)) {
                    tokens.add(token.toLowerCase());
                }
            }
            english.rules.prepare(tokens);
        }
    }

    @Override
    public AnalyzedSentence disambiguate(AnalyzedSentence input) throws IOException {
        return disambiguate(input, null);
    }

    @Override
    public AnalyzedSentence disambiguate(AnalyzedSentence input, @Nullable JLanguageTool.CheckCancelledCallback checkCancelled)
            throws IOException {
        return rules.disambiguate(multiWords.disambiguate(input, checkCancelled), checkCancelled);
    }

    /** The cached instance EnglishHybridDisambiguator holds for the English multi-word list (same path and settings). */
    static MultiWordChunker multiWords() {
        return MultiWordChunker.getInstance(MULTI_WORDS, true, true, false);
    }
}
