package dev.unspin.cli;

import dev.unspin.baseline.Baseline;
import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputCollector;
import dev.unspin.input.TextReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the current findings to a baseline file, so that `check --baseline FILE` reports only new ones.",
                "",
                "Findings are matched on content, not line numbers: path, rule, the phrase and the words around it on its line."
                        + " Inputs that cannot be read are reported on stderr; the baseline of the others is still written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the baseline was written", "2:usage error, or an input could not be read (the baseline was still written)"})
final class BaselineCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Option(names = {"-o", "--output"}, defaultValue = Baseline.DEFAULT_FILE, paramLabel = "FILE",
            description = "The baseline file to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Documents checked in parallel (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        InputCollector.Collected collected = inputs.collect();
        BatchRun.Outcome outcome = new BatchRun(engineOptions.engine(), new TextReader(System.in), err, threads, inputs::formatOf)
                .run(collected.sources(), collected.problems());
        Baseline baseline = Baseline.of(outcome.results(), output);
        baseline.write(output);
        long documents = outcome.results().stream().filter(r -> !r.findings().isEmpty()).count();
        err.println("unspin: wrote " + output + ": " + baseline.size() + (baseline.size() == 1 ? " finding" : " findings")
                + " in " + documents + (documents == 1 ? " document" : " documents")
                + " (" + outcome.results().stream().mapToInt(DocumentResult::words).sum() + " words checked)");
        return outcome.problems().isEmpty() ? 0 : 2;
    }
}
