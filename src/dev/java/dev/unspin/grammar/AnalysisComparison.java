package dev.unspin.grammar;

import dev.unspin.engine.RuleFiles;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * LanguageTool's own English analysis (its {@code EnglishHybridDisambiguator}, every disambiguation rule
 * parsed) against unspin's ({@link EnglishDisambiguator}, rules parsed as sentences need them, starting
 * with none), sentence by sentence: every token, reading, chunk tag, flag, position and the history of
 * the rules applied, and every match of unspin's grammar rules on the two analyses.
 */
public final class AnalysisComparison {
    private final JLanguageTool languageTool =
            new JLanguageTool(GrammarRuleLoader.english(), List.of(), null, null, null, null, false, false, List.of());
    private final LazyRuleDisambiguator rules;
    private final EnglishDisambiguator lazy;
    private final List<AbstractPatternRule> grammarRules = new GrammarRuleLoader(RuleFiles.packaged()).projectRules();
    private int sentences;
    private int matches;

    public AnalysisComparison() throws IOException {
        this.rules = LazyRuleDisambiguator.packaged(GrammarRuleLoader.english())
                .orElseThrow(() -> new IllegalStateException("no compiled disambiguation index matching LanguageTool's files: build first"));
        this.lazy = new EnglishDisambiguator(rules);
    }

    /** The text's sentences as LanguageTool splits them, blank ones left out. */
    public List<String> sentencesOf(String text) {
        return languageTool.sentenceTokenize(text).stream().filter(s -> !s.isBlank()).map(String::strip).toList();
    }

    /** Empty when both analyses and the grammar matches on them are the same; else the first difference. */
    public Optional<String> difference(String sentence) throws IOException {
        sentences++;
        AnalyzedSentence expected = languageTool.getAnalyzedSentence(sentence);
        AnalyzedSentence actual = EnglishAnalyser.analysed(languageTool, lazy, sentence);
        String expectedText = describe(expected);
        String actualText = describe(actual);
        if (!expectedText.equals(actualText)) {
            return Optional.of("analysis of \"" + sentence + "\":\n  LanguageTool: " + expectedText + "\n  unspin:       " + actualText);
        }
        for (AbstractPatternRule rule : grammarRules) {
            List<String> expectedMatches = describe(rule.match(expected));
            List<String> actualMatches = describe(rule.match(actual));
            if (!expectedMatches.equals(actualMatches)) {
                return Optional.of(rule.getFullId() + " on \"" + sentence + "\": " + expectedMatches + " vs " + actualMatches);
            }
            matches += expectedMatches.size();
        }
        return Optional.empty();
    }

    public int sentences() {
        return sentences;
    }

    /** How many grammar-rule matches were compared (all equal). */
    public int matches() {
        return matches;
    }

    /** How many of the disambiguation rule groups the compared sentences made unspin parse. */
    public int parsedGroups() {
        return rules.parsedGroups();
    }

    public int groupCount() {
        return rules.groupCount();
    }

    /**
     * Everything of an analysed sentence a rule can see, and more: readings, chunk tags, flags, positions,
     * history. Not the ignored-by-speller flag: unspin leaves out the global spelling list that sets it
     * (see {@link EnglishDisambiguator}), since only LanguageTool's spelling rules and filters, which
     * unspin does not run, read it.
     */
    static String describe(AnalyzedSentence sentence) {
        StringBuilder description = new StringBuilder();
        for (AnalyzedTokenReadings token : sentence.getTokens()) {
            description.append(token).append(" chunks=").append(token.getChunkTags())
                    .append(" start=").append(token.getStartPos()).append(" end=").append(token.getEndPos())
                    .append(" spaceBefore=").append(token.isWhitespaceBefore())
                    .append(" sentenceEnd=").append(token.isSentenceEnd()).append(" paragraphEnd=").append(token.isParagraphEnd())
                    .append(" immunized=").append(token.isImmunized())
                    .append(" history=").append(token.getHistoricalAnnotations()).append('\n');
        }
        return description.toString();
    }

    private static List<String> describe(RuleMatch[] matches) {
        List<String> described = new ArrayList<>();
        for (RuleMatch match : matches) {
            described.add(match.getFromPos() + "-" + match.getToPos() + " " + match.getMessage() + " " + match.getSuggestedReplacements());
        }
        return described;
    }
}
