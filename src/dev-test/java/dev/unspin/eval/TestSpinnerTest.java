package dev.unspin.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestSpinnerTest {
    private static final String NAMES_AND_NUMBERS = """
            Last year the company said that Grant Hale and Mark Young would help the government plan 12 new schools.
            "We need 3,000 more places," said Rate. The report from Security Council officials was late, and
            Home Office staff told people the change would cost £4.5m. Climate change talks began in City Hall last week.
            """;

    private static final SwapTable TABLE = read();

    private static SwapTable read() {
        try {
            return SwapTable.read(Path.of("samples/heldout/habit-swaps.tsv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Loaded once: WordNet takes a while to open. */
    private static final List<TestSpinner> SPINNERS = List.of(TestSpinner.habits(TABLE, 0.3, 0), TestSpinner.thesaurus(0.3, 0));

    private static List<TestSpinner> spinners(long seed) {
        return SPINNERS.stream().map(s -> s.withSeed(seed)).toList();
    }

    @Test
    void theSameSeedGivesTheSameTextAndAnotherSeedAnother() {
        for (int i = 0; i < 2; i++) {
            String once = spinners(7).get(i).spin("a.txt", NAMES_AND_NUMBERS);
            assertEquals(once, spinners(7).get(i).spin("a.txt", NAMES_AND_NUMBERS));
            assertNotEquals(once, spinners(8).get(i).spin("a.txt", NAMES_AND_NUMBERS));
        }
    }

    @Test
    void markersAreWellFormedAndRestoreTheCleanText() throws IOException {
        for (Path clean : List.of(Path.of("samples/heldout/clean/news-trade-agreement.txt"), Path.of("samples/heldout/clean/sport-rugby-derby.txt"))) {
            String text = Files.readString(clean);
            for (TestSpinner spinner : spinners(1)) {
                String marked = spinner.spin(clean.getFileName().toString(), text);
                LabelledText labelled = LabelledText.parse(marked);
                assertFalse(labelled.gold().isEmpty());
                assertEquals(text, marked.replaceAll("\\{\\{[^|{}]*\\|([^{}]*)}}", "$1"));
            }
        }
    }

    @Test
    void namesNumbersAndCompoundsAreNeverSwapped() {
        for (long seed = 1; seed <= 20; seed++) {
            for (TestSpinner spinner : spinners(seed)) {
                String marked = spinner.spin("names.txt", NAMES_AND_NUMBERS);
                LabelledText labelled = LabelledText.parse(marked);
                String plain = marked.replaceAll("\\{\\{[^|{}]*\\|([^{}]*)}}", "$1");
                int shift = 0;
                for (LabelledText.GoldSpan g : labelled.gold()) {
                    String original = g.originals().get(0);
                    int at = g.start() - shift;
                    shift += (g.end() - g.start()) - original.length();
                    assertTrue(plain.startsWith(original, at));
                    assertTrue(original.matches("[A-Za-z ]+"), original);
                    assertTrue(Character.isLowerCase(original.charAt(0)) || SpinWords.sentenceStart(plain, at),
                            "capitalised word inside a sentence swapped: " + original + " in " + marked);
                }
            }
        }
    }
}
