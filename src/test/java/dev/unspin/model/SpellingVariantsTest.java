package dev.unspin.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpellingVariantsTest {
    @ParameterizedTest
    @CsvSource({
            "colour, color, true",
            "centre, center, true",
            "grey, gray, true",
            "travelled, traveled, true",
            "defence, defense, true",
            "pressure, force, false",
            "weeks, workweeks, false",
            "cat, cut, false",
    })
    void twoSpellingsOfOneWord(String a, String b, boolean variants) {
        assertEquals(variants, SpellingVariants.of(a, b));
        assertEquals(variants, SpellingVariants.of(b, a));
    }
}
