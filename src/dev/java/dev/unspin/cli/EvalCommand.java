package dev.unspin.cli;

import dev.unspin.input.InputFormat;
import dev.unspin.pipeline.CheckInput;
import dev.unspin.engine.DocumentResult;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.eval.Evaluation;
import dev.unspin.eval.LabelledCorpus;
import dev.unspin.eval.SplitRecall;
import dev.unspin.eval.SwapTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure precision, recall and fix accuracy on labelled text.",
                "",
                "Labelled files mark each spun phrase inline as {{spun phrase|original}} (alternatives of the",
                "original separated by '/'); a file without markers is clean prose. See samples/labelled/README.md.",
                "Exit 2 if a file cannot be read or has a malformed marker (it is named on stderr)."})
final class EvalCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Labelled .txt files or directories (default: samples/labelled).")
    List<String> paths = List.of("samples/labelled");

    @Option(names = {"-v", "--verbose"}, description = "List every document's score and verdict, every false alarm and every missed phrase.")
    boolean verbose;

    @Option(names = "--swap-table", paramLabel = "FILE",
            description = "Also give recall on the phrases this test-spinner table made, known and held-out swaps apart (samples/heldout/habit-swaps.tsv).")
    Path swapTable;

    @Mixin
    DetectionOptions detection;

    @Override
    public Integer call() throws IOException {
        CheckPipeline engine = detection.pipeline().minConfidence(detection.minConfidence()).build();
        LabelledCorpus corpus = LabelledCorpus.load(paths);
        corpus.problems().forEach(p -> spec.commandLine().getErr().println("unspin: " + p));
        Evaluation evaluation = new Evaluation();
        SplitRecall split = swapTable == null ? null : new SplitRecall(SwapTable.read(swapTable));
        for (LabelledCorpus.Entry entry : corpus.entries()) {
            DocumentResult result = engine.check(CheckInput.of(entry.path(), entry.text().text(), InputFormat.TEXT));
            evaluation.add(result, entry.text().gold());
            if (split != null) {
                split.add(result, entry.text().gold());
            }
            if (verbose) {
                spec.commandLine().getOut().printf(Locale.ROOT, "%-60s %-8s score %5.1f  %3d findings  %3d marked  %4d words%n",
                        entry.path(), result.verdict().id(), result.score(), result.findings().size(),
                        entry.text().gold().size(), result.words());
            }
        }
        if (verbose) {
            evaluation.falseAlarms().forEach(f -> spec.commandLine().getOut().println("false alarm: " + f));
            evaluation.misses().forEach(m -> spec.commandLine().getOut().println("missed:      " + m));
        }
        spec.commandLine().getOut().println(evaluation.summary());
        if (split != null) {
            spec.commandLine().getOut().println(split.summary());
        }
        return corpus.problems().isEmpty() ? 0 : 2;
    }
}
