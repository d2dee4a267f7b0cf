package dev.unspin.dictionary;

import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dictionary read backwards: which words spinners write for which. */
class SwapVocabularyTest {
    private static SwapVocabulary of(String dict) {
        return SwapVocabulary.of(PhraseDictionary.fromFiles(List.of(new RuleFiles.RuleFile("test.dict", dict))));
    }

    private static List<String> originals(SwapVocabulary swaps, String spun) {
        return swaps.backFrom(spun).stream().map(SwapVocabulary.Swap::originalText).toList();
    }

    @Test
    void theWordsThatDifferAreTheSwapAndRepeatsAddSupport() {
        SwapVocabulary swaps = of("""
                id: test/nuclear-fingers-program
                spun: nuclear fingers program
                fix: nuclear arms program
                category: spinner-synonym
                confidence: 0.9
                flag: They paused the nuclear fingers program.
                pass: Her fingers were cold.

                id: test/fingers-control
                spun: fingers control
                fix: arms control
                category: spinner-synonym
                confidence: 0.9
                flag: The fingers control talks resumed.
                pass: The fingers control the strings.

                id: test/local-weather-exchange
                spun: local weather exchange
                fix: climate change
                category: spinner-synonym
                confidence: 0.9
                flag: They discussed local weather exchange.
                pass: The local weather was mild.

                id: test/safety-cooperation
                spun: safety cooperation
                fix: security cooperation | defence cooperation
                category: spinner-synonym
                confidence: 0.9
                flag: They agreed on safety cooperation.
                pass: Safety comes first.
                """);
        assertEquals(List.of("arms"), originals(swaps, "fingers"));
        assertEquals(2, swaps.backFrom("fingers").get(0).support());
        assertEquals(List.of("security"), originals(swaps, "safety"), "the first fix is the original");
        assertEquals(List.of(), originals(swaps, "local weather exchange"), "more than two words differ: no swap");
        assertEquals(2, swaps.size());
    }

    @Test
    void anEntryWithTwoSwapsGivesBoth() {
        SwapVocabulary swaps = of("""
                id: test/sooner-than-the-tip-of
                spun: sooner than the tip of
                fix: before the end of
                category: spinner-synonym
                confidence: 0.9
                flag: It ended sooner than the tip of the war.
                pass: It ended before the end of the war.
                """);
        assertEquals(List.of("before"), originals(swaps, "sooner than"));
        assertEquals(List.of("end"), originals(swaps, "tip"));
        assertEquals(2, swaps.size());
    }

    @Test
    void aStretchOfTwoSwapsIsSplitByTheOneKnownFromOtherEntries() {
        SwapVocabulary swaps = of("""
                id: test/a-learn-about
                spun: a learn about
                fix: a study
                category: spinner-synonym
                confidence: 0.9
                flag: It was a learn about of birds.
                pass: It was a study of birds.

                id: test/contemporary-learn-about
                spun: contemporary learn about
                fix: new study
                category: spinner-synonym
                confidence: 0.9
                flag: A contemporary learn about shows it.
                pass: A new study shows it.

                id: test/bosom-peril
                spun: bosom peril
                fix: breast cancer risk
                category: tortured-phrase
                confidence: 0.9
                not-next: factor
                flag: Bosom peril rises with age.
                pass: The bosom peril factor was low.

                id: test/bosom-tumour
                spun: bosom tumour
                fix: breast tumour
                category: tortured-phrase
                confidence: 0.9
                flag: The bosom tumour was small.
                pass: The breast tumour was small.
                """);
        assertEquals(List.of("study"), originals(swaps, "learn about"));
        assertEquals(List.of("new"), originals(swaps, "contemporary"));
        assertEquals(List.of(), originals(swaps, "peril"), "an entry with conditions is not split: its author said where it is a spin");
        assertEquals(List.of("breast"), originals(swaps, "bosom"));
        assertEquals(3, swaps.size());
    }

    @Test
    void aSwapWrittenWithLemmaMarkersHoldsForEveryForm() {
        SwapVocabulary swaps = of("""
                id: test/gun-building
                spun: {gun} building
                fix: {weapon} building
                category: spinner-synonym
                confidence: 0.9
                flag: The gun building programme grew.
                pass: The gun was old.
                """);
        assertEquals(List.of("weapon"), originals(swaps, "gun"));
        assertEquals(List.of("weapons"), originals(swaps, "guns"));
    }

    @Test
    void aWholeEntryWithConditionsIsNotASwap() {
        SwapVocabulary swaps = of("""
                id: test/bosom-peril
                spun: bosom peril
                fix: breast cancer
                category: tortured-phrase
                confidence: 0.9
                not-next: factor
                flag: Bosom peril screening saves lives.
                pass: The bosom peril factor was low.

                id: test/fingers
                spun: fingers
                fix: arms
                category: spinner-synonym
                confidence: 0.9
                prev: nuclear
                flag: They paused the nuclear fingers program.
                pass: Her fingers were cold.
                """);
        assertEquals(0, swaps.size(), "their authors decided where they are spins");
    }

    @Test
    void machineTranslationEntriesAreNotSwaps() {
        SwapVocabulary swaps = of("""
                id: test/open-the-light
                spun: open the light
                fix: turn on the light
                category: machine-translation
                confidence: 0.9
                flag: Please open the light.
                pass: Open the door.
                """);
        assertEquals(0, swaps.size());
    }

    @Test
    void thePackagedDictionaryKnowsTheSpinnersHabits() {
        SwapVocabulary swaps = SwapVocabulary.of(PhraseDictionary.load(RuleFiles.packaged()));
        assertTrue(originals(swaps, "fingers").contains("arms"));
        assertTrue(originals(swaps, "safety").contains("security"));
        assertTrue(originals(swaps, "mentioned").contains("said"));
        assertTrue(swaps.size() > 1000, "size " + swaps.size());
    }
}
