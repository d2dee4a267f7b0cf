package dev.unspin.cli;

import dev.unspin.eval.GenreTexts;
import dev.unspin.eval.HeldoutGenerator;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The held-out data and how it is sampled: shared by eval-heldout and eval-signals. */
final class HeldoutDataOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "What scripts/heldout-data fetched (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("target/heldout-data");

    @Option(names = "--clean-docs", paramLabel = "N", description = "Clean documents per genre, spread over its source (default: ${DEFAULT-VALUE}).")
    int cleanDocs = 200;

    @Option(names = "--spun-docs", paramLabel = "N", description = "Documents per genre each generator spins (default: ${DEFAULT-VALUE}).")
    int spunDocs = 24;

    @Option(names = "--words", paramLabel = "N", description = "Words per document the sources are cut into (default: ${DEFAULT-VALUE}).")
    int words = 500;

    @Option(names = "--seed", paramLabel = "S", description = "The generators' random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--threads", paramLabel = "N", description = "Documents checked at once (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    @Option(names = "--habit-table", paramLabel = "FILE", description = "Real spinners' swaps (default: ${DEFAULT-VALUE}).")
    Path habitTable = Path.of("samples/heldout/habit-swaps.tsv");

    @Option(names = "--mt-table", paramLabel = "FILE", description = "The machine-translation noise table (default: ${DEFAULT-VALUE}).")
    Path mtTable = Path.of("samples/heldout/mt-noise.tsv");

    @Option(names = "--project-texts", paramLabel = "DIR", description = "The project's held-out clean texts (default: ${DEFAULT-VALUE}).")
    Path projectTexts = Path.of("samples/heldout/clean");

    /** The genres' clean texts and the generators, read once. */
    record Loaded(List<GenreTexts.Genre> genres, List<HeldoutGenerator> generators) {
    }

    /** The data, or null after a one-line message on {@code err} (bad numbers, missing or unreadable data). */
    Loaded load(PrintWriter err) {
        if (cleanDocs < 1 || spunDocs < 1 || words < 50 || threads < 1) {
            err.println("unspin-dev: --clean-docs, --spun-docs and --threads must be at least 1, --words at least 50");
            return null;
        }
        try {
            return new Loaded(GenreTexts.load(data, projectTexts, words), HeldoutGenerator.standard(mobyWords(), habitTable, mtTable, seed));
        } catch (IOException e) {
            err.println("unspin-dev: " + e.getMessage());
            return null;
        }
    }

    /** The closing line of a report: the sample and the time since {@code startNanos}. */
    String footer(long startNanos) {
        return String.format(Locale.ROOT, "%nseed %d, %d words a document, %d clean and %d spun documents per genre at most; %.0f s%n",
                seed, words, cleanDocs, spunDocs, (System.nanoTime() - startNanos) / 1e9);
    }

    Path mobyWords() {
        return data.resolve("moby/words.txt");
    }

}
