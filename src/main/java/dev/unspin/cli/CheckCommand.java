package dev.unspin.cli;

import dev.unspin.baseline.Baseline;
import dev.unspin.config.EffectiveSettings;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.ReportFilter;
import dev.unspin.input.InputCollector;
import dev.unspin.input.InputSource;
import dev.unspin.input.TextReader;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.report.OutputTarget;
import dev.unspin.report.ReportFormat;
import dev.unspin.report.ReportWriter;
import dev.unspin.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
                "2:usage error, an input could not be read, or an output could not be written"})
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
                    + "error (any finding of severity error), warning (warning or error), never (default: ${DEFAULT-VALUE})."
                    + " With --baseline or --changed-since only the findings shown count: a spun or suspect document"
                    + " reaches the threshold only if it shows a finding.")
    FailOn failOn;


    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Show only findings that are not in this baseline (written by `unspin baseline`); the report"
                    + " counts the others as hidden by the baseline. Scores and verdicts are those of the whole documents;"
                    + " --fail-on counts only what is shown (see --help of --fail-on).")
    Path baseline;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Show only findings on lines added or changed since the git revision REF (untracked files:"
                    + " every line); the report counts the others as hidden. Scores and verdicts are still those of the"
                    + " whole documents.")
    String changedSince;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "Colour in the text report: auto (only on a terminal), always, never (default: ${DEFAULT-VALUE}).")
    String color;

    @Option(names = "--threads", paramLabel = "N", converter = AtLeastOne.class, description = "Documents checked in parallel (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    DetectionOptions detection;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws IOException, dev.unspin.git.GitException {
        try (dev.unspin.originals.OriginalsIndex originals = detection.openOriginals(spec.commandLine().getErr())) {
            return run(originals);
        }
    }

    private Integer run(dev.unspin.originals.OriginalsIndex originals) throws IOException, dev.unspin.git.GitException {
        ReportWriter writer = format.writer(new ReportFormat.WriterOptions(output == null && useColour(),
                Path.of("").toAbsolutePath(), Optional.ofNullable(System.getenv("GITHUB_STEP_SUMMARY")).filter(s -> !s.isBlank()).map(Path::of)));
        Baseline accepted = baseline == null ? null : Baseline.read(baseline);
        InputCollector.Collected collected = inputs.collect();
        Optional<String> nothing = inputs.nothingToCheck(collected);
        if (nothing.isPresent()) {
            spec.commandLine().getErr().println("unspin: " + nothing.get());
            return 2;
        }
        List<ReportFilter> filters = new ArrayList<>();
        if (accepted != null) {
            filters.add(accepted);
        }
        if (changedSince != null) {
            filters.add(ChangedSince.lookUp(changedSince, collected.sources()));
        }
        CheckPipeline pipeline = inputs.bilingual(detection.pipeline(), collected).originals(originals).config(config.loader()).commandLine(commandLineSettings())
                .filters(filters).build();
        List<InputSource> sources = pipeline.select(collected.sources());
        Map<String, EffectiveSettings> settings = new HashMap<>();
        sources.forEach(source -> settings.put(source.display(), pipeline.settingsFor(source)));
        PrintWriter err = spec.commandLine().getErr();
        BatchRun.Outcome outcome = new BatchRun(pipeline, new TextReader(CommandRoot.stdin(spec)), err, threads, inputs::formatOf)
                .run(sources, collected.problems());
        if (accepted != null) {
            int held = outcome.results().stream().mapToInt(r -> r.hidden().getOrDefault(Baseline.FILTER, 0)).sum();
            if (held > 0) {
                err.println("unspin: " + held + (held == 1 ? " finding" : " findings") + " in the baseline " + baseline + " not reported");
            }
        }
        RunReport report = new RunReport(Version.current(), outcome.results(), outcome.problems());
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            writer.write(report, out);
            out.flush();
        } else {
            OutputTarget.write(output, out -> writer.write(report, out));
        }
        if (!outcome.problems().isEmpty()) {
            return 2;
        }
        return reached(outcome.results(), settings) ? 1 : 0;
    }

    /** Whether any document reached its fail-on threshold (--fail-on, else its config file's, else error). */
    private static boolean reached(List<DocumentResult> results, Map<String, EffectiveSettings> settings) {
        for (DocumentResult r : results) {
            EffectiveSettings s = settings.get(r.document().path());
            String threshold = s == null ? EffectiveSettings.DEFAULT_FAIL_ON : s.failOn();
            if (FailOn.valueOf(threshold.toUpperCase(Locale.ROOT)).reached(List.of(r))) {
                return true;
            }
        }
        return false;
    }

    /** The options given on the command line that win over the configuration files. */
    private EffectiveSettings.CommandLine commandLineSettings() {
        var parsed = spec.commandLine().getParseResult();
        return new EffectiveSettings.CommandLine(
                parsed.hasMatchedOption("--min-confidence") ? OptionalDouble.of(detection.minConfidence()) : OptionalDouble.empty(),
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
