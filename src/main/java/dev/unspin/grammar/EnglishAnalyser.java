package dev.unspin.grammar;

import dev.unspin.text.PosTagger;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.chunking.Chunker;
import org.languagetool.tagging.disambiguation.Disambiguator;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * One thread's LanguageTool analysis of English sentences (JLanguageTool is not thread-safe): tokens,
 * tags and chunks, then the shared {@link EnglishDisambiguator}. Only the analysis of JLanguageTool is
 * used; none of its ~6,000 built-in rules is loaded.
 */
final class EnglishAnalyser {
    private final JLanguageTool languageTool;
    private final Disambiguator disambiguator;

    EnglishAnalyser() throws IOException {
        // The POS model unspin's tag conditions use, which LanguageTool's English chunker reuses.
        PosTagger.model();
        // An empty built-in rule list: JLanguageTool then skips loading its ~6,000 rules (about 1.2 s here).
        this.languageTool = new JLanguageTool(GrammarRuleLoader.english(), List.of(), null, null, null, null, false, false, List.of());
        this.disambiguator = EnglishDisambiguator.shared();
    }

    AnalyzedSentence analyse(String sentence) throws IOException {
        return analysed(languageTool, disambiguator, sentence);
    }

    /**
     * What {@code JLanguageTool.getAnalyzedSentence} does (tokens, tags and chunks, then disambiguation,
     * then the post-disambiguation chunker), with this disambiguator in place of the language's own.
     */
    static AnalyzedSentence analysed(JLanguageTool languageTool, Disambiguator disambiguator, String sentence) throws IOException {
        AnalyzedSentence raw = languageTool.getRawAnalyzedSentence(sentence);
        AnalyzedSentence disambiguated = disambiguator.disambiguate(raw);
        AnalyzedSentence analysed = new AnalyzedSentence(disambiguated.getTokens(), raw.getTokens());
        Chunker chunker = languageTool.getLanguage().getPostDisambiguationChunker();
        if (chunker != null) {
            chunker.addChunkTags(Arrays.asList(analysed.getTokens()));
        }
        return analysed;
    }
}
