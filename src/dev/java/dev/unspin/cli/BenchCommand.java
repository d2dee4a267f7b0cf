package dev.unspin.cli;

import dev.unspin.input.InputFormat;
import dev.unspin.pipeline.CheckInput;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.eval.LabelledCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure check throughput (words per second, one thread) on clean and on spun prose, and the "
                + "cold-start time from JVM start to the first result.",
                "",
                "Texts come from the labelled set (markers removed). Each measurement runs after a warm-up and "
                        + "repeats the texts until --words words were checked; the median of --rounds rounds is printed."})
final class BenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--clean", paramLabel = "DIR", description = "Clean prose (default: ${DEFAULT-VALUE}).")
    String cleanDirectory = "samples/labelled/clean";

    @Option(names = "--spun", paramLabel = "DIR", description = "Spun prose (default: ${DEFAULT-VALUE}).")
    String spunDirectory = "samples/labelled/spun";

    @Option(names = "--words", paramLabel = "N", description = "Words per round (default: ${DEFAULT-VALUE}).")
    int wordsPerRound = 500_000;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Mixin
    DetectionOptions detection;

    @Override
    public Integer call() {
        List<String> clean = texts(cleanDirectory);
        List<String> spun = texts(spunDirectory);
        if (clean.isEmpty() || spun.isEmpty()) {
            spec.commandLine().getErr().println("unspin: bench needs .txt files in both " + cleanDirectory + " and " + spunDirectory);
            return 2;
        }
        CheckPipeline engine = detection.pipeline().minConfidence(detection.minConfidence()).build();
        engine.check(CheckInput.of("first", clean.get(0), InputFormat.TEXT));
        long coldStartMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        spec.commandLine().getOut().printf(Locale.ROOT, "cold start (JVM start to first result on clean prose): %d ms%n", coldStartMillis);
        long before = System.nanoTime();
        engine.check(CheckInput.of("first-spun", spun.get(0), InputFormat.TEXT));
        spec.commandLine().getOut().printf(Locale.ROOT, "first spun document (starts LanguageTool when a sentence needs it): %d ms%n",
                (System.nanoTime() - before) / 1_000_000);
        report("clean prose", engine, clean);
        report("spun prose ", engine, spun);
        return 0;
    }

    private void report(String label, CheckPipeline engine, List<String> texts) {
        spec.commandLine().getOut().println(label + ": " + MedianRate.of(rounds, "words/s per thread", () -> round(engine, texts, wordsPerRound)));
    }

    /** Checks the texts in turn until {@code words} words were checked; returns words per second. */
    private static double round(CheckPipeline engine, List<String> texts, int words) {
        long checked = 0;
        long start = System.nanoTime();
        for (int i = 0; checked < words; i++) {
            checked += engine.check(CheckInput.of("bench", texts.get(i % texts.size()), InputFormat.TEXT)).words();
        }
        return checked / ((System.nanoTime() - start) / 1e9);
    }

    private static List<String> texts(String directory) {
        return LabelledCorpus.load(List.of(directory)).entries().stream().map(e -> e.text().text()).toList();
    }
}
