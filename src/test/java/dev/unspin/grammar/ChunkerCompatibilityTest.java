package dev.unspin.grammar;

import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * LanguageTool 6.8's English chunker was trained for opennlp-tools 1.9.4 with Penn Treebank tags;
 * under opennlp-tools 2.x its tagger emits other tags and chunks change silently. This pins the
 * OpenNLP version on the class path and checks the chunks LanguageTool produces.
 */
class ChunkerCompatibilityTest {

    @Test
    void theClassPathHasTheOpenNlpLanguageToolWasBuiltFor() {
        assertEquals("1.9.4", opennlp.tools.util.Version.currentVersion().toString());
    }

    @Test
    void languageToolsEnglishChunkerGivesItsExpectedChunks() throws Exception {
        JLanguageTool lt = new JLanguageTool(GrammarRuleLoader.english());
        AnalyzedSentence sentence = lt.getAnalyzedSentence("The talks follow the president's state visit to Washington last week.");
        Map<String, String> chunks = new LinkedHashMap<>();
        for (AnalyzedTokenReadings token : sentence.getTokensWithoutWhitespace()) {
            if (!token.getChunkTags().isEmpty()) {
                chunks.put(token.getToken(), token.getChunkTags().get(0).getChunkTag());
            }
        }
        assertEquals("B-NP-plural", chunks.get("The"));
        assertEquals("E-NP-plural", chunks.get("talks"));
        assertEquals("B-VP", chunks.get("follow"));
        assertEquals("B-PP", chunks.get("to"));
        assertEquals("B-NP-singular", chunks.get("Washington"));
    }
}
