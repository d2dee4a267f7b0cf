package dev.unspin.grammar;

import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.RuleSelection;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.patterns.AbstractPatternRule;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every project grammar rule, run through the whole grammar detector (anchors included), flags its
 * incorrect examples at the marker with the expected correction and leaves its correct ones alone.
 */
class GrammarRuleExamplesTest {
    private static final RuleFiles RULES = RuleFiles.packaged();
    private static final GrammarDetector DETECTOR = new GrammarDetector(RULES);

    @TestFactory
    Stream<DynamicTest> everyRuleBehavesOnItsExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AbstractPatternRule rule : new GrammarRuleLoader(RULES).projectRules()) {
            assertFalse(rule.getIncorrectExamples().isEmpty(), rule.getFullId() + " has no example to flag");
            assertFalse(rule.getCorrectExamples().isEmpty(), rule.getFullId() + " has no example to leave alone");
            for (IncorrectExample example : rule.getIncorrectExamples()) {
                tests.add(DynamicTest.dynamicTest(rule.getFullId() + " flags: " + example.getExample(), () -> flags(rule, example)));
            }
            for (CorrectExample example : rule.getCorrectExamples()) {
                tests.add(DynamicTest.dynamicTest(rule.getFullId() + " passes: " + example.getExample(), () -> passes(rule, example)));
            }
        }
        return tests.stream();
    }

    private static void flags(AbstractPatternRule rule, IncorrectExample example) {
        String marked = example.getExample();
        String text = marked.replace("<marker>", "").replace("</marker>", "");
        int start = marked.indexOf("<marker>");
        int end = marked.indexOf("</marker>") - "<marker>".length();
        List<Finding> findings = findingsOf(rule, text);
        assertEquals(1, findings.size(), "expected one finding in: " + text);
        Finding f = findings.get(0);
        assertEquals(text.substring(start, end), text.substring(f.start(), f.end()));
        assertEquals(example.getCorrections().get(0), f.suggestions().get(0));
    }

    private static void passes(AbstractPatternRule rule, CorrectExample example) {
        String text = example.getExample().replace("<marker>", "").replace("</marker>", "");
        assertTrue(findingsOf(rule, text).isEmpty(), "unexpected finding in: " + text);
    }

    private static List<Finding> findingsOf(AbstractPatternRule rule, String text) {
        return DETECTOR.detect(new Document("example", text), CheckSettings.defaults(), RuleSelection.ALL).stream()
                .filter(f -> f.rule().equals("grammar/" + rule.getId())).toList();
    }
}
