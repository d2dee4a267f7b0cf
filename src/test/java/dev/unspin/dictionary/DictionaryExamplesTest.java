package dev.unspin.dictionary;

import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every entry of the project's dictionary flags its flag example and leaves its pass example alone. */
class DictionaryExamplesTest {
    private static final PhraseDictionary DICTIONARY = PhraseDictionary.load(RuleFiles.packaged());

    @TestFactory
    Stream<DynamicTest> everyEntryBehavesOnItsOwnExamples() {
        ExampleChecker checker = new ExampleChecker(DICTIONARY);
        return DICTIONARY.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.id(), () -> {
            List<String> problems = checker.check(entry);
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }));
    }

    @Test
    void noEntryDuplicatesAnotherWithoutConditions() {
        List<String> problems = new ExampleChecker(DICTIONARY).check();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theDictionaryIsBroad() {
        assertTrue(DICTIONARY.entries().size() >= 1500, "only " + DICTIONARY.entries().size() + " entries");
    }
}
