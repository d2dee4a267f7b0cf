package dev.unspin.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A test-data generator of the held-out evaluation: its spinner, what it draws from, and whether it
 * is held out from the detectors, that is whether nothing the detectors were built or calibrated
 * from (the dictionary, WordNet, the model detector's development spins) is its source.
 */
public record HeldoutGenerator(String id, String source, boolean heldOut, TestSpinner spinner) {

    /**
     * The five generators: WordNet synonyms, Moby synonyms, real spinners' swaps the dictionary has
     * and has not seen, machine-translation-like noise. Rates: thesauruses 20% of content words,
     * habits 12%, machine translation 10%.
     */
    public static List<HeldoutGenerator> standard(Path mobyWords, Path habitTable, Path mtTable, long seed) throws IOException {
        SwapTable habits = SwapTable.read(habitTable);
        return List.of(
                new HeldoutGenerator("wordnet", "random WordNet 3.1 synonyms, any sense (the model detector's own candidate source)",
                        false, TestSpinner.thesaurus(0.20, seed)),
                new HeldoutGenerator("moby", "random Moby thesaurus synonyms, any sense (npm moby; no detector uses it)",
                        true, TestSpinner.moby(mobyWords, 0.20, seed)),
                new HeldoutGenerator("habits-heldout", "real spinners' swaps the dictionary has never seen (habit-swaps.tsv, heldout rows)",
                        true, TestSpinner.habits(habits.only("heldout"), 0.12, seed)),
                new HeldoutGenerator("habits-known", "real spinners' swaps the dictionary knows, in new contexts (habit-swaps.tsv, known rows)",
                        false, TestSpinner.habits(habits.only("known"), 0.12, seed)),
                new HeldoutGenerator("mt", "machine-translation-like noise: wrong senses, prepositions, dropped articles, calques, Spanish left untranslated (mt-noise.tsv)",
                        true, TestSpinner.machineTranslation(MtNoiseTable.read(mtTable), 0.10, seed)));
    }
}
