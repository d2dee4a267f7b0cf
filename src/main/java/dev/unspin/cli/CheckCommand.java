package dev.unspin.cli;

import dev.unspin.baseline.Baseline;
import dev.unspin.config.EffectiveSettings;
import dev.unspin.input.InputCollector;
import dev.unspin.input.InputSource;
import dev.unspin.input.TextReader;
import dev.unspin.report.ReportFormat;
import dev.unspin.report.ReportWriter;
import dev.unspin.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check texts for spun and machine-mistranslated phrasing and report each finding with a fix.",
                "",
                "Each document gets a spin score (0-100) and a verdict: clean, suspect or spun.",
                "Inputs that cannot be read (missing, binary, empty, not UTF-8) are reported on stderr, one line each;"
                        + " the other inputs are still checked and reported."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above the --fail-on threshold", "1:the threshold was reached",
                "2:usage error, or an input could not be read"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "When to exit 1: spun (a document is judged spun), suspect (suspect or spun), "
                    + "error (any finding of severity error), warning (warning or error), never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;


    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not in this baseline (written by `unspin baseline`); the"
                    + " others are not reported, scored or counted for --fail-on.")
    Path baseline;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Report only findings on lines added or changed since the git revision REF (untracked files:"
                    + " every line). Scores and verdicts are still those of the whole documents.")
    String changedSince;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "Colour in the text report: auto (only on a terminal), always, never (default: ${DEFAULT-VALUE}).")
    String color;

    @Option(names = "--threads", paramLabel = "N", description = "Documents checked in parallel (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws IOException, dev.unspin.git.GitException {
        ReportWriter writer = format.writer(new ReportFormat.WriterOptions(output == null && useColour(),
                Path.of("").toAbsolutePath(), Optional.ofNullable(System.getenv("GITHUB_STEP_SUMMARY")).filter(s -> !s.isBlank()).map(Path::of)));
        Baseline accepted = baseline == null ? null : Baseline.read(baseline);
        InputCollector.Collected collected = inputs.collect();
        ChangedSince changed = changedSince == null ? null : ChangedSince.lookUp(changedSince, collected.sources());
        ConfiguredCheck configured = new ConfiguredCheck(config.loader(), commandLineSettings(), engineOptions);
        List<InputSource> sources = configured.select(collected.sources());
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        BatchRun.Outcome outcome = new BatchRun(configured::check, new TextReader(System.in), err, threads, inputs::formatOf)
                .run(sources, collected.problems());
        if (accepted != null) {
            outcome = new BatchRun.Outcome(accepted.newFindings(outcome.results(), baseline, err), outcome.problems());
        }
        if (changed != null) {
            outcome = new BatchRun.Outcome(changed.filter(outcome.results()), outcome.problems());
        }
        RunReport report = new RunReport(Version.current(), outcome.results(), outcome.problems());
        if (output == null) {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            writer.write(report, out);
            out.flush();
        } else {
            try (PrintStream out = new PrintStream(Files.newOutputStream(output), false, StandardCharsets.UTF_8)) {
                writer.write(report, out);
            }
        }
        if (!outcome.problems().isEmpty()) {
            return 2;
        }
        return configured.reached(outcome.results()) ? 1 : 0;
    }

    /** The options given on the command line that win over the configuration files. */
    private EffectiveSettings.CommandLine commandLineSettings() {
        var parsed = spec.commandLine().getParseResult();
        return new EffectiveSettings.CommandLine(
                parsed.hasMatchedOption("--min-confidence") ? OptionalDouble.of(engineOptions.minConfidence) : OptionalDouble.empty(),
                parsed.hasMatchedOption("--fail-on") ? Optional.of(failOn.name()) : Optional.empty());
    }

    private boolean useColour() {
        return switch (color) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> System.console() != null && System.getenv("NO_COLOR") == null;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--color: expected auto, always or never, got '" + color + "'");
        };
    }

}
