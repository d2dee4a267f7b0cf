package dev.unspin.grammar;

import dev.unspin.engine.Category;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.RuleSelection;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.Test;

import org.languagetool.JLanguageTool;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrammarDetectorTest {

    @Test
    void languageToolIsNotStartedForTextWhoseAnchorsAntipatternsRuleOut() throws Exception {
        GrammarDetector detector = new GrammarDetector(RuleFiles.packaged());
        Thread worker = new Thread(() -> {
            List<Finding> findings = detector.detect(new Document("d",
                    "Officials met on Wednesday. It was the place where she grew up. The final week of the trial began."),
                    CheckSettings.defaults(), RuleSelection.ALL);
            assertTrue(findings.isEmpty());
            assertFalse(detector.languageToolStarted());
        });
        worker.start();
        worker.join();
    }

    @Test
    void detectionAfterPrepareFindsWhatDetectionWithoutItFinds() throws Exception {
        String text = Files.readString(Path.of("samples/spun-news-2023-05-03.txt"));
        GrammarDetector unprepared = new GrammarDetector(RuleFiles.packaged());
        List<Finding> expected = unprepared.detect(new Document("d", text), CheckSettings.defaults(), RuleSelection.ALL);
        GrammarDetector prepared = new GrammarDetector(RuleFiles.packaged());
        Document document = new Document("d", text);
        prepared.prepare(document, CheckSettings.defaults(), RuleSelection.ALL);
        LanguageToolWarmUp.awaitFinished();
        assertFalse(expected.isEmpty());
        assertEquals(expected, prepared.detect(document, CheckSettings.defaults(), RuleSelection.ALL));
    }

    @Test
    void theWarmUpLeavesLanguageToolAnalysingAsBefore() throws Exception {
        String sentence = "Officials promised safety cooperation on the river, and the spokesperson makes an attempt to explain.";
        String before = new JLanguageTool(GrammarRuleLoader.english()).getAnalyzedSentence(sentence).toString();
        LanguageToolWarmUp.start(List.of(sentence));
        LanguageToolWarmUp.awaitFinished();
        assertEquals(before, new JLanguageTool(GrammarRuleLoader.english()).getAnalyzedSentence(sentence).toString());
    }

    @Test
    void theWarmUpLoadsTheMultiWordListsTheEnglishDisambiguatorHolds() throws Exception {
        Object disambiguator = GrammarRuleLoader.english().getDisambiguator();
        assertSame(EnglishDisambiguator.multiWords(), field(disambiguator, "chunker"),
                "another instance: the warm-up would load a list the disambiguator does not use");
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }

    @Test
    void sourceLanguageTurnsOnLanguageToolsFalseFriends() {
        GrammarDetector detector = new GrammarDetector(RuleFiles.packaged());
        String text = "He was very sympathetic to the new neighbours.";
        assertTrue(detector.detect(new Document("d", text), CheckSettings.defaults(), RuleSelection.ALL).isEmpty());
        List<Finding> findings = detector.detect(new Document("d", text), new CheckSettings(Optional.of("de"), 0.0), RuleSelection.ALL);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("sympathetic", text.substring(f.start(), f.end()));
        assertEquals(Category.MACHINE_TRANSLATION, f.category());
        assertTrue(f.suggestions().contains("nice"), f.suggestions().toString());
    }
}
