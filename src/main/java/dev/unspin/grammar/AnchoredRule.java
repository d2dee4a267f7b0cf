package dev.unspin.grammar;

import dev.unspin.engine.Category;
import org.languagetool.rules.patterns.AbstractPatternRule;

/**
 * A grammar rule as the detector's pre-filter sees it: its id and category (for the rule selection)
 * and the words a sentence must contain for the rule to be worth running ({@link RuleAnchor}).
 */
record AnchoredRule(String id, Category category, RuleAnchor anchor) {

    static AnchoredRule of(AbstractPatternRule rule) {
        return new AnchoredRule(GrammarDetector.ruleId(rule), GrammarDetector.categoryOf(rule), RuleAnchor.of(rule));
    }
}
