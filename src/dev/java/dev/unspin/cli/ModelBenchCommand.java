package dev.unspin.cli;

import dev.unspin.eval.LabelledCorpus;
import dev.unspin.model.ModelLocation;
import dev.unspin.model.TrigramModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "model-bench", mixinStandardHelpOptions = true,
        description = {"Measure the language model: time to open it, heap used after opening, and trigram lookups "
                + "(log10 P(w3 | w1 w2)) per second on one thread.",
                "",
                "Lookups run over the trigrams of the labelled texts (English as the detector sees it, words with "
                        + "sentence markers) and over random triples of vocabulary words (almost all back off, and "
                        + "miss the CPU caches). Each figure is the median of --rounds rounds after a warm-up."})
final class ModelBenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final Pattern WORD_OR_SENTENCE_END = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?|[.!?]");

    @Option(names = "--model", paramLabel = "FILE", description = "The model file (default: where unspin looks for it).")
    Path model;

    @Option(names = "--texts", paramLabel = "DIR", description = "Texts for the lookups (default: ${DEFAULT-VALUE}).")
    String textDirectory = "samples/labelled/clean";

    @Option(names = "--lookups", paramLabel = "N", description = "Lookups per round (default: ${DEFAULT-VALUE}).")
    int lookupsPerRound = 20_000_000;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Override
    public Integer call() {
        Path path = model != null ? model : ModelLocation.defaultPath();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        TrigramModel trigrams = TrigramModel.open(path);
        double openMillis = (System.nanoTime() - start) / 1e6;
        long heapAfter = usedHeap();
        spec.commandLine().getOut().printf(Locale.ROOT, "model: %s (%,d words)%n", path, trigrams.vocabularySize());
        spec.commandLine().getOut().printf(Locale.ROOT, "open: %.0f ms; heap used after open: %.1f MB (%.1f MB more than before)%n",
                openMillis, heapAfter / 1e6, (heapAfter - heapBefore) / 1e6);
        long synonymsStart = System.nanoTime();
        dev.unspin.model.SynonymTable.open(path.resolveSibling(dev.unspin.model.SynonymTable.FILE_NAME));
        spec.commandLine().getOut().printf(Locale.ROOT, "synonym table open: %.0f ms%n", (System.nanoTime() - synonymsStart) / 1e6);
        int[] text = textIds(trigrams);
        if (text.length < 3) {
            spec.commandLine().getErr().println("unspin: model-bench needs English .txt files in " + textDirectory);
            return 2;
        }
        report("trigrams of the texts", trigrams, text);
        report("random word triples  ", trigrams, randomIds(trigrams, text.length));
        return 0;
    }

    private void report(String label, TrigramModel trigrams, int[] ids) {
        spec.commandLine().getOut().println(label + ": " + MedianRate.of(rounds, "lookups/s on one thread", () -> round(trigrams, ids, lookupsPerRound)));
    }

    /** Looks up each trigram of {@code ids} in turn until {@code lookups} were made; returns lookups per second. */
    private static double round(TrigramModel trigrams, int[] ids, int lookups) {
        double sum = 0;
        long start = System.nanoTime();
        for (int done = 0, i = 2; done < lookups; done++, i = i + 1 < ids.length ? i + 1 : 2) {
            sum += trigrams.logProb(ids[i - 2], ids[i - 1], ids[i]);
        }
        double rate = lookups / ((System.nanoTime() - start) / 1e9);
        if (Double.isNaN(sum)) {
            throw new IllegalStateException("a log probability was NaN");
        }
        return rate;
    }

    /** The words of the texts as ids, each sentence between {@code <s>} and {@code </s>}. */
    private int[] textIds(TrigramModel trigrams) {
        List<Integer> ids = new ArrayList<>();
        for (LabelledCorpus.Entry entry : LabelledCorpus.load(List.of(textDirectory)).entries()) {
            ids.add(trigrams.sentenceStart());
            Matcher token = WORD_OR_SENTENCE_END.matcher(entry.text().text());
            while (token.find()) {
                if (Character.isLetterOrDigit(token.group().charAt(0))) {
                    ids.add(trigrams.idIgnoreCase(token.group()));
                } else {
                    ids.add(trigrams.sentenceEnd());
                    ids.add(trigrams.sentenceStart());
                }
            }
            ids.add(trigrams.sentenceEnd());
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] randomIds(TrigramModel trigrams, int count) {
        return new Random(1).ints(Math.max(count, 1_000_000), 0, trigrams.vocabularySize()).toArray();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
