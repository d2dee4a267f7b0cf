package dev.unspin.bitext;

import dev.unspin.bilingual.BilingualDictionaries;
import dev.unspin.bilingual.BilingualFixtures;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleSelection;
import dev.unspin.input.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** source/number-word with the fixture dictionaries, and every false friend's examples. */
class DictionaryChecksTest {
    @TempDir
    Path dir;

    private List<String> found(String language, String source, String target, String rule) {
        BilingualDictionaries dictionaries = BilingualDictionaries.in(BilingualFixtures.copy(dir.resolve("d"), BilingualFixtures.CEDICT,
                BilingualFixtures.GERMAN, BilingualFixtures.JAPANESE));
        Bitext bitext = BitextReader.read(InputFormat.TSV, "source\ttarget\n" + source + "\t" + target + "\n", null);
        return new SourceChecks(Glossary.EMPTY, LengthRatios.CALIBRATED, dictionaries).check(bitext, language, RuleSelection.ALL).stream()
                .filter(f -> f.rule().equals(rule)).map(f -> target.substring(f.start() - targetStart(bitext), f.end() - targetStart(bitext))
                        + " | " + f.message()).toList();
    }

    private static int targetStart(Bitext bitext) {
        return bitext.segments().get(0).target().fileStart(0);
    }

    private List<String> numberWords(String language, String source, String target) {
        return found(language, source, target, SourceRule.NUMBER_WORD.id());
    }

    @Test
    void weaponsRenderedFingersIsFlagged() {
        assertEquals(List.of("30 | segment \"line 2\": 'Waffen' after 30 in the source (weapons, arms) has no translation near this number"),
                numberWords("de", "Die Polizei fand 30 Waffen.", "Police found 30 fingers."));
        assertEquals(List.of(), numberWords("de", "Die Polizei fand 30 Waffen.", "Police found 30 weapons."));
        assertEquals(List.of(), numberWords("de", "Die Polizei fand 30 Waffen.", "Thirty weapons were found by the police."),
                "a number written in words, the translation before it");
    }

    @Test
    void japaneseCountersAreLeftAloneAndOtherWordsLookedUp() {
        assertEquals(1, numberWords("ja", "売上は3倍になった。", "Sales grew 3 percent.").size());
        assertEquals(List.of(), numberWords("ja", "売上は3倍になった。", "Sales grew 3 times."));
        assertEquals(List.of(), numberWords("ja", "武器を3個買った。", "He bought 3 guns."), "個 is a counter");
    }

    @Test
    void aTranslationMatchesItsFormsAndDerivationsOnly() {
        assertTrue(NumberWords.sameWord("Weapons", "weapon"));
        assertTrue(NumberWords.sameWord("feet", "foot"), "the same lemma");
        assertTrue(NumberWords.sameWord("economic", "economy"), "the same first letters");
        assertEquals(false, NumberWords.sameWord("fingers", "weapons"));
        assertEquals(false, NumberWords.sameWord("cat", "car"), "short words must be equal");
    }

    @Test
    void unitsMayBeAbbreviatedInTheTarget() {
        assertEquals(List.of(), numberWords("zh", "身高170公分以上", "taller than 170 cm"));
        assertEquals(1, numberWords("zh", "身高170公分以上", "taller than 170 inches").size());
    }

    @Test
    void measureWordsDatesAndFunctionWordsAreLeftAlone() {
        assertEquals(List.of(), numberWords("zh", "他有3个孩子", "He has 3 kids"), "个 is a measure word");
        assertEquals(List.of(), numberWords("zh", "2023年经济增长", "The economy grew in 2023"), "年 of a date");
        assertEquals(List.of(), numberWords("de", "Seite 3 von 5", "page 3 out of 5"), "von translates into function words only");
        assertEquals(1, numberWords("zh", "他有3孩子", "He has 3 goats").size(), "the same source without its measure word");
    }

    @Test
    void numeralsInsideWordsAndTheNumberOneAreLeftAlone() {
        assertEquals(List.of(), numberWords("zh", "美国进一步收紧", "The US went one step further"));
        assertEquals(List.of(), numberWords("zh", "出口增长了5倍", "Exports grew by 6 percent"), "a changed number is number-mismatch's");
    }

    @Test
    void withoutTheLanguagesDictionaryTheCheckIsSkipped() {
        Bitext bitext = BitextReader.read(InputFormat.TSV, "source\ttarget\nDie Polizei fand 30 Waffen.\tPolice found 30 fingers.\n", null);
        List<Finding> found = new SourceChecks(Glossary.EMPTY, LengthRatios.CALIBRATED, BilingualDictionaries.NONE).check(bitext, "de", RuleSelection.ALL);
        assertTrue(found.stream().noneMatch(f -> f.rule().equals(SourceRule.NUMBER_WORD.id())), found.toString());
    }

    static List<FalseFriends.Entry> falseFriends() {
        return FalseFriends.ENTRIES;
    }

    @ParameterizedTest
    @MethodSource("falseFriends")
    void eachFalseFriendFlagsItsExampleAndLeavesTheRightTranslationAlone(FalseFriends.Entry e) {
        List<String> flagged = found(e.language(), e.exampleSource(), e.flagTarget(), SourceRule.FALSE_FRIEND.id());
        assertEquals(1, flagged.size(), e.exampleSource() + " → " + e.flagTarget() + ": " + flagged);
        assertTrue(flagged.get(0).contains("did you mean '"), flagged.get(0));
        assertEquals(List.of(), found(e.language(), e.exampleSource(), e.passTarget(), SourceRule.FALSE_FRIEND.id()), e.passTarget());
        assertEquals(List.of(), found("it", e.exampleSource(), e.flagTarget(), SourceRule.FALSE_FRIEND.id()),
                "only for the languages of its entries");
    }

    @Test
    void aFalseFriendSuggestsTheRightWordInTheLookAlikesCase() {
        assertEquals(List.of("Actually | segment \"line 2\": 'Actually' is a false friend of the source's 'Actualmente'; did you mean 'Currently'?"),
                found("es", "Actualmente vivo en Madrid.", "Actually I live in Madrid.", SourceRule.FALSE_FRIEND.id()));
    }
}
