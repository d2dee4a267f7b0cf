package dev.unspin.grammar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Where the rules of a LanguageTool rule file lie, found without an XML parser. */
class RuleFileLayoutTest {
    private static final String FILE = """
            <?xml version="1.0" encoding="utf-8"?>
            <!-- a comment with <rule id="NOT_A_RULE"> in it -->
            <!DOCTYPE rules [
                <!ENTITY apostrophe "['’`]">
            ]>
            <rules lang="en">
                <unification feature="number"><equivalence type="sg"><token postag="NN"/></equivalence></unification>
                <rule id="A" name="a &gt; b"><pattern><token postag="NN|JJ>" postag_regexp="yes">x</token></pattern></rule>
                <!-- <rule id="COMMENTED_OUT"/> -->
                <rulegroup id="B" name="b"><rule><pattern><token>y</token></pattern></rule><rule><pattern><token>z</token></pattern></rule></rulegroup>
                <rule id="C" name="c"/>
            </rules>
            """;

    @Test
    void findsEachRuleAndRuleGroupButNotCommentsOrOtherElements() {
        RuleFileLayout layout = RuleFileLayout.of(FILE);
        List<String> rules = layout.rules().stream().map(range -> range.of(FILE)).toList();
        assertEquals(3, rules.size(), rules.toString());
        assertEquals("<rule id=\"A\" name=\"a &gt; b\"><pattern><token postag=\"NN|JJ>\" postag_regexp=\"yes\">x</token></pattern></rule>",
                rules.get(0));
        assertEquals("<rulegroup id=\"B\"", rules.get(1).substring(0, 17));
        assertEquals("<rule id=\"C\" name=\"c\"/>", rules.get(2));
        assertEquals("rules", layout.root());
        assertEquals(List.of("<unification feature=\"number\"><equivalence type=\"sg\"><token postag=\"NN\"/></equivalence></unification>"),
                layout.others().stream().map(range -> range.of(FILE)).toList());
    }

    @Test
    void thePreludeKeepsTheHeadWithItsEntitiesAndTheOtherElements() {
        String prelude = RuleFileLayout.of(FILE).prelude(FILE);
        assertEquals(true, prelude.contains("<!ENTITY apostrophe"));
        assertEquals(true, prelude.contains("<unification"));
        assertEquals(false, prelude.contains("id=\"A\""));
    }

    @Test
    void anUnbalancedFileIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RuleFileLayout.of("<rules><rule id=\"A\"></rules>"));
        assertThrows(IllegalArgumentException.class, () -> RuleFileLayout.of("<rules><rule id=\"A\">"));
    }
}
