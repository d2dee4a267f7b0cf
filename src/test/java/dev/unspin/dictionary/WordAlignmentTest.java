package dev.unspin.dictionary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordAlignmentTest {
    private static List<WordAlignment.Difference> differences(String spun, String fix) {
        return WordAlignment.differences(spun.split(" "), fix.split(" "));
    }

    @Test
    void theStretchesBetweenSharedWordsDiffer() {
        assertEquals(List.of(new WordAlignment.Difference(0, 2, 0, 1), new WordAlignment.Difference(3, 4, 2, 3)),
                differences("sooner than the tip of", "before the end of"));
    }

    @Test
    void oneSwapInTheMiddle() {
        assertEquals(List.of(new WordAlignment.Difference(1, 2, 1, 2)), differences("nuclear fingers program", "nuclear arms program"));
    }

    @Test
    void nothingSharedIsOneWholeDifference() {
        List<WordAlignment.Difference> whole = differences("local weather exchange", "climate change");
        assertEquals(List.of(new WordAlignment.Difference(0, 3, 0, 2)), whole);
        assertTrue(whole.get(0).isWhole("local weather exchange".split(" "), "climate change".split(" ")));
    }

    @Test
    void anAddedWordIsADifferenceWithOneEmptySide() {
        assertEquals(List.of(new WordAlignment.Difference(1, 1, 1, 2)), differences("the plan", "the new plan"));
    }
}
