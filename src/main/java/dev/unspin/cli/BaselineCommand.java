package dev.unspin.cli;

import dev.unspin.baseline.Baseline;
import dev.unspin.config.EffectiveSettings;
import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputCollector;
import dev.unspin.input.InputSource;
import dev.unspin.input.TextReader;
import dev.unspin.pipeline.CheckPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the current findings to a baseline file, so that `check --baseline FILE` reports only new ones.",
                "",
                "Findings are matched on content, not line numbers: path, rule, the phrase and the words around it on its line."
                        + " The findings are those `check` reports with the same options and configuration (.unspin.yml)."
                        + " Inputs that cannot be read are reported on stderr; the baseline of the others is still written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the baseline was written", "2:usage error, an input could not be read (the baseline was still written), or the baseline could not be written"})
final class BaselineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = {"-o", "--output"}, defaultValue = Baseline.DEFAULT_FILE, paramLabel = "FILE",
            description = "The baseline file to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", converter = AtLeastOne.class, description = "Documents checked in parallel (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    DetectionOptions detection;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws IOException {
        try (dev.unspin.originals.OriginalsIndex originals = detection.openOriginals(spec.commandLine().getErr())) {
            return run(originals);
        }
    }

    private Integer run(dev.unspin.originals.OriginalsIndex originals) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InputCollector.Collected collected = inputs.collect();
        Optional<String> nothing = inputs.nothingToCheck(collected);
        if (nothing.isPresent()) {
            spec.commandLine().getErr().println("unspin: " + nothing.get());
            return 2;
        }
        detection.noteAmbiguousSourceLanguage(spec.commandLine().getErr());
        CheckPipeline pipeline = detection.pipeline().originals(originals).config(config.loader()).commandLine(new EffectiveSettings.CommandLine(
                spec.commandLine().getParseResult().hasMatchedOption("--min-confidence")
                        ? OptionalDouble.of(detection.minConfidence()) : OptionalDouble.empty(), Optional.empty())).build();
        List<InputSource> sources = pipeline.select(collected.sources());
        BatchRun.Outcome outcome = new BatchRun(pipeline, new TextReader(CommandRoot.stdin(spec)), err, threads, inputs::formatOf)
                .run(sources, collected.problems());
        Baseline baseline = Baseline.of(outcome.results(), output);
        baseline.write(output);
        long documents = outcome.results().stream().filter(r -> !r.findings().isEmpty()).count();
        err.println("unspin: wrote " + output + ": " + baseline.size() + (baseline.size() == 1 ? " finding" : " findings")
                + " in " + documents + (documents == 1 ? " document" : " documents")
                + " (" + outcome.results().stream().mapToInt(DocumentResult::words).sum() + " words checked)");
        return outcome.problems().isEmpty() ? 0 : 2;
    }
}
