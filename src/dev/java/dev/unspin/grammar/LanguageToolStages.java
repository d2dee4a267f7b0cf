package dev.unspin.grammar;

import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.RuleSelection;
import dev.unspin.text.PosTagger;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tagging.disambiguation.MultiWordChunker;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The parts of LanguageTool's start that a check with anchored sentences pays, one after the other on
 * one thread, for {@code startup-bench --breakdown}: each is followed by a call of {@code lap} with its
 * name. With {@code ownDisambiguator} the disambiguation rules are LanguageTool's own (every rule parsed),
 * else unspin's (the groups the anchored sentences can trigger).
 */
public final class LanguageToolStages {
    private LanguageToolStages() {
    }

    public static void run(Document document, boolean ownDisambiguator, Consumer<String> lap) throws IOException {
        List<String> anchored = anchoredSentences(document);
        lap.accept("LanguageTool: the document's anchored sentences (" + anchored.size() + ")");
        Language english = GrammarRuleLoader.english();
        lap.accept("LanguageTool: English language object");
        english.getTagger().tag(english.getWordTokenizer().tokenize(LanguageToolWarmUp.SENTENCE));
        lap.accept("LanguageTool: tagger (morfologik), one sentence tagged");
        PosTagger.model();
        lap.accept("LanguageTool: OpenNLP POS model (if not loaded yet; shared with unspin's tag conditions)");
        english.getChunker();
        JLanguageTool languageTool = new JLanguageTool(english, List.of(), null, null, null, null, false, false, List.of());
        languageTool.getRawAnalyzedSentence(LanguageToolWarmUp.SENTENCE);
        lap.accept("LanguageTool: chunker models, first raw analysis");
        Disambiguator disambiguator;
        if (ownDisambiguator) {
            disambiguator = english.getDisambiguator();
            lap.accept("LanguageTool: disambiguation rules, LanguageTool's own (all parsed)");
        } else {
            EnglishDisambiguator.prepare(anchored);
            disambiguator = EnglishDisambiguator.shared();
            lap.accept("LanguageTool: disambiguation rules, unspin's (index, then the groups the anchored sentences trigger)");
        }
        EnglishDisambiguator.multiWords().disambiguate(oneWord());
        lap.accept("LanguageTool: multi-word list en/multiwords.txt");
        if (ownDisambiguator) {
            MultiWordChunker.getInstance("/spelling_global.txt", true, true, false, MultiWordChunker.tagForNotAddingTags)
                    .disambiguate(oneWord());
            lap.accept("LanguageTool: global spelling list spelling_global.txt (LanguageTool's own disambiguator only)");
        }
        for (String sentence : anchored) {
            EnglishAnalyser.analysed(languageTool, disambiguator, sentence);
        }
        lap.accept("LanguageTool: the anchored sentences analysed (one thread)");
    }

    private static List<String> anchoredSentences(Document document) {
        return new GrammarDetector(RuleFiles.packaged()).candidateSentences(document, CheckSettings.defaults(), RuleSelection.ALL);
    }

    private static AnalyzedSentence oneWord() {
        return new AnalyzedSentence(new AnalyzedTokenReadings[] {
                new AnalyzedTokenReadings(new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null), 0),
                new AnalyzedTokenReadings(new AnalyzedToken("word", null, null), 0)});
    }
}
