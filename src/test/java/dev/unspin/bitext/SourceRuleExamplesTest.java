package dev.unspin.bitext;

import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleSelection;
import dev.unspin.input.InputFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every check against the source flags its example translation and leaves the good one alone. */
class SourceRuleExamplesTest {
    private static final Glossary GLOSSARY = GlossaryTest.glossary("source,target,forbidden\nDatei,file,document\n");
    private static final SourceChecks CHECKS = new SourceChecks(GLOSSARY, LengthRatios.CALIBRATED);

    private static List<String> rules(SourceRule rule, String target) {
        return CHECKS.check(bitext(rule, target), rule.exampleLanguage(), RuleSelection.ALL).stream().map(Finding::rule).toList();
    }

    /** The example as a TSV file, one segment a line (so leading and trailing whitespace count). */
    private static Bitext bitext(SourceRule rule, String target) {
        String[] sources = rule.exampleSource().split("\n");
        String[] targets = target.split("\n");
        StringBuilder tsv = new StringBuilder("source\ttarget\n");
        for (int i = 0; i < sources.length; i++) {
            tsv.append(sources[i]).append('\t').append(targets[i]).append('\n');
        }
        return BitextReader.read(InputFormat.TSV, tsv.toString(), null);
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
        List<Finding> found = CHECKS.check(bitext(rule, rule.flagTarget()), rule.exampleLanguage(), (id, category) -> !id.equals(rule.id()));
        assertTrue(found.stream().noneMatch(f -> f.rule().equals(rule.id())), rule.id());
    }
}
