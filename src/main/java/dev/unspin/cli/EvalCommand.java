package dev.unspin.cli;

import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Engine;
import dev.unspin.eval.Evaluation;
import dev.unspin.eval.LabelledText;
import dev.unspin.input.InputCollector;
import dev.unspin.input.InputProblem;
import dev.unspin.input.InputSource;
import dev.unspin.input.TextReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure precision, recall and fix accuracy on labelled text.",
                "",
                "Labelled files mark each spun phrase inline as {{spun phrase|original}} (alternatives of the",
                "original separated by '/'); a file without markers is clean prose. See samples/labelled/README.md."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Labelled files or directories (default: samples/labelled).")
    List<String> paths = List.of("samples/labelled");

    @Option(names = {"-v", "--verbose"}, description = "List every document's score and verdict, every false alarm and every missed phrase.")
    boolean verbose;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() {
        Engine engine = engineOptions.engine();
        InputCollector.Collected collected = new InputCollector(Set.of("txt")).collect(paths);
        collected.problems().forEach(p -> System.err.println("unspin: " + p));
        TextReader reader = new TextReader(System.in);
        Evaluation evaluation = new Evaluation();
        int problems = collected.problems().size();
        for (InputSource source : collected.sources()) {
            if (source.display().endsWith("README.md")) {
                continue;
            }
            TextReader.Result read = reader.read(source);
            if (read.problem() != null) {
                System.err.println("unspin: " + read.problem());
                problems++;
                continue;
            }
            LabelledText labelled;
            try {
                labelled = LabelledText.parse(read.text());
            } catch (IllegalArgumentException e) {
                System.err.println("unspin: " + new InputProblem(source.display(), e.getMessage()));
                problems++;
                continue;
            }
            DocumentResult result = engine.check(new Document(source.display(), labelled.text()));
            evaluation.add(result, labelled.gold());
            if (verbose) {
                System.out.printf(java.util.Locale.ROOT, "%-60s %-8s score %5.1f  %3d findings  %3d marked  %4d words%n",
                        source.display(), result.verdict().id(), result.score(), result.findings().size(),
                        labelled.gold().size(), result.words());
            }
        }
        if (verbose) {
            evaluation.falseAlarms().forEach(f -> System.out.println("false alarm: " + f));
            evaluation.misses().forEach(m -> System.out.println("missed:      " + m));
        }
        System.out.println(evaluation.summary());
        return problems == 0 ? 0 : 2;
    }
}
