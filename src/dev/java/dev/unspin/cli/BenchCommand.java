package dev.unspin.cli;

import dev.unspin.engine.Document;
import dev.unspin.engine.Engine;
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
    @Option(names = "--clean", paramLabel = "DIR", description = "Clean prose (default: ${DEFAULT-VALUE}).")
    String cleanDirectory = "samples/labelled/clean";

    @Option(names = "--spun", paramLabel = "DIR", description = "Spun prose (default: ${DEFAULT-VALUE}).")
    String spunDirectory = "samples/labelled/spun";

    @Option(names = "--words", paramLabel = "N", description = "Words per round (default: ${DEFAULT-VALUE}).")
    int wordsPerRound = 500_000;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() {
        List<String> clean = texts(cleanDirectory);
        List<String> spun = texts(spunDirectory);
        if (clean.isEmpty() || spun.isEmpty()) {
            System.err.println("unspin: bench needs .txt files in both " + cleanDirectory + " and " + spunDirectory);
            return 2;
        }
        Engine engine = engineOptions.engine();
        engine.check(new Document("first", clean.get(0)));
        long coldStartMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "cold start (JVM start to first result on clean prose): %d ms%n", coldStartMillis);
        long before = System.nanoTime();
        engine.check(new Document("first-spun", spun.get(0)));
        System.out.printf(Locale.ROOT, "first spun document (starts LanguageTool when a sentence needs it): %d ms%n",
                (System.nanoTime() - before) / 1_000_000);
        report("clean prose", engine, clean);
        report("spun prose ", engine, spun);
        return 0;
    }

    private void report(String label, Engine engine, List<String> texts) {
        System.out.println(label + ": " + MedianRate.of(rounds, "words/s per thread", () -> round(engine, texts, wordsPerRound)));
    }

    /** Checks the texts in turn until {@code words} words were checked; returns words per second. */
    private static double round(Engine engine, List<String> texts, int words) {
        long checked = 0;
        long start = System.nanoTime();
        for (int i = 0; checked < words; i++) {
            checked += engine.check(new Document("bench", texts.get(i % texts.size()))).words();
        }
        return checked / ((System.nanoTime() - start) / 1e9);
    }

    private static List<String> texts(String directory) {
        return LabelledCorpus.load(List.of(directory)).entries().stream().map(e -> e.text().text()).toList();
    }
}
