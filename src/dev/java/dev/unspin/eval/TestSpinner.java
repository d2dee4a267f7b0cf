package dev.unspin.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The project's own spinner for evaluation data: swaps a share of a text's content words and
 * writes the result in the labelled format ({@code {{spun|original}}} around every swap). The same
 * seed and document name give the same output.
 */
public final class TestSpinner {
    private final Spinner spinner;
    private final double rate;
    private final long seed;

    private TestSpinner(Spinner spinner, double rate, long seed) {
        this.spinner = spinner;
        this.rate = rate;
        this.seed = seed;
    }

    /** Swaps from a table of real spinners' habits, at {@code rate} of the content words. */
    public static TestSpinner habits(SwapTable table, double rate, long seed) {
        return new TestSpinner(new HabitSpinner(table), rate, seed);
    }

    /** Random WordNet synonyms of any sense, at {@code rate} of the content words. */
    public static TestSpinner thesaurus(double rate, long seed) {
        return new TestSpinner(new ThesaurusSpinner(new WordNetSource()), rate, seed);
    }

    /** Random synonyms from the Moby thesaurus ({@code words.txt} of npm {@code moby}), at {@code rate} of the content words. */
    public static TestSpinner moby(Path wordsTxt, double rate, long seed) throws IOException {
        return new TestSpinner(new ThesaurusSpinner(MobyThesaurus.read(wordsTxt)), rate, seed);
    }

    /** Machine-translation-like errors from a table ({@link MtNoiseSpinner}), at {@code rate} of the content words. */
    public static TestSpinner machineTranslation(MtNoiseTable table, double rate, long seed) {
        return new TestSpinner(new MtNoiseSpinner(table), rate, seed);
    }

    /** Random Moby thesaurus synonyms of up to three words, multi-word swaps included (the originals evaluation's held-out spinner; {@link #moby} keeps one-word synonyms), at {@code rate} of the content words. */
    public static TestSpinner mobyPhrases(Path wordsTxt, double rate, long seed) throws java.io.IOException {
        return new TestSpinner(MobySpinner.read(wordsTxt), rate, seed);
    }

    /** Noise like a machine-translation round trip's (prepositions, articles, filler, clause order), at {@code rate} of the content words. */
    public static TestSpinner roundTrip(double rate, long seed) {
        return new TestSpinner(new RoundTripNoise(), rate, seed);
    }

    /** A word-by-word round trip through German with the FreeDict dictionaries in {@code dictd}, plus round-trip noise, at {@code rate} of the content words. */
    public static TestSpinner dictionaryRoundTrip(Path dictd, double rate, long seed) throws java.io.IOException {
        return new TestSpinner(DictionaryRoundTrip.read(dictd), rate, seed);
    }

    /** The same spinner (its thesaurus or table already loaded) with another seed. */
    public TestSpinner withSeed(long otherSeed) {
        return new TestSpinner(spinner, rate, otherSeed);
    }

    /** The labelled spun version of {@code text}; {@code name} (the file name) varies the choices between documents. */
    public String spin(String name, String text) {
        Random random = new Random(seed * 1_000_003L + name.hashCode());
        List<SpinWords.Word> words = SpinWords.of(text);
        List<Replacement> candidates = new ArrayList<>(spinner.candidates(text, words, random));
        Collections.shuffle(candidates, random);
        long target = Math.round(rate * SpinWords.contentWords(words));
        List<Replacement> chosen = new ArrayList<>();
        for (Replacement c : candidates) {
            if (chosen.size() < target && chosen.stream().noneMatch(r -> r.start() < c.end() && c.start() < r.end())) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Replacement::start));
        return Replacement.mark(text, chosen);
    }
}
