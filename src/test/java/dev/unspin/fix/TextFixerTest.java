package dev.unspin.fix;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextFixerTest {

    @Test
    void appliesReplacementsGivenInAnyOrderAtOriginalOffsets() {
        String text = "We discussed local weather exchange and court docket rulings.";
        List<Replacement> replacements = List.of(
                new Replacement(text.indexOf("court docket"), text.indexOf(" rulings"), "court"),
                new Replacement(text.indexOf("local"), text.indexOf(" and"), "climate change"));
        assertEquals("We discussed climate change and court rulings.", TextFixer.apply(text, replacements));
    }

    @Test
    void replacementsMayChangeLineBreaksAndTouchTheEnds() {
        assertEquals("X\nb c\nZ", TextFixer.apply("a\nb\nc\nd", List.of(
                new Replacement(0, 1, "X"), new Replacement(3, 4, " "), new Replacement(6, 7, "Z"))));
        assertEquals("same", TextFixer.apply("same", List.of()));
    }

    @Test
    void refusesOverlapsAndRangesPastTheText() {
        assertThrows(IllegalArgumentException.class, () -> TextFixer.apply("abcdef",
                List.of(new Replacement(0, 3, "x"), new Replacement(2, 4, "y"))));
        assertThrows(IllegalArgumentException.class, () -> TextFixer.apply("abc", List.of(new Replacement(1, 4, "x"))));
        assertThrows(IllegalArgumentException.class, () -> new Replacement(3, 2, "x"));
    }
}
