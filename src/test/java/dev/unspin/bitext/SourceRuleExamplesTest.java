package dev.unspin.bitext;

import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleSelection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every check against the source flags its example translation and leaves the good one alone. */
class SourceRuleExamplesTest {
    private static List<String> rules(SourceRule rule, String target) {
        return SourceRuleExamples.findings(rule, target, RuleSelection.ALL).stream().map(Finding::rule).toList();
    }

    @ParameterizedTest
    @EnumSource(SourceRule.class)
    void flagsItsExample(SourceRule rule) {
        assertTrue(rules(rule, rule.flagTarget()).contains(rule.id()), rule.id() + " on " + rule.flagTarget());
    }

    @ParameterizedTest
    @EnumSource(SourceRule.class)
    void leavesTheGoodTranslationAlone(SourceRule rule) {
        assertEquals(List.of(), rules(rule, rule.passTarget()), rule.id() + " on " + rule.passTarget());
    }

    @ParameterizedTest
    @EnumSource(SourceRule.class)
    void aRuleTurnedOffIsNotRun(SourceRule rule) {
        assertFalse(rules(rule, rule.flagTarget()).isEmpty());
        List<Finding> found = SourceRuleExamples.findings(rule, rule.flagTarget(), (id, category) -> !id.equals(rule.id()));
        assertTrue(found.stream().noneMatch(f -> f.rule().equals(rule.id())), rule.id());
    }
}
