package dev.unspin.cli;

import dev.unspin.bitext.BitextFormatException;
import dev.unspin.config.EffectiveSettings;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Finding;
import dev.unspin.fix.FileSnapshot;
import dev.unspin.fix.FixPlanner;
import dev.unspin.fix.InPlaceWriter;
import dev.unspin.fix.ProtectedRegions;
import dev.unspin.fix.TextFixer;
import dev.unspin.fix.UnifiedDiff;
import dev.unspin.input.InputCollector;
import dev.unspin.input.InputFormat;
import dev.unspin.input.InputProblem;
import dev.unspin.input.InputSource;
import dev.unspin.input.TextEncoding;
import dev.unspin.input.TextReader;
import dev.unspin.pipeline.CheckInput;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.report.OutputTarget;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        defaultValueProvider = FixCommand.Defaults.class, resourceBundle = "dev.unspin.cli.FixCommand$Help",
        description = {"Apply the suggested fixes that are safe to apply.",
                "",
                "A finding is fixed when it has exactly one suggestion and a confidence at or above --min-confidence"
                        + " (0.6 by default for fix: warnings and errors, not check's 0.5), and, in .md and .html files, touches no code,"
                        + " URL, tag, front matter or markup. The other findings (down to check's floor of 0.5) are left"
                        + " as they are and counted.",
                "Without --dry-run or --in-place the fixed text of the one input is printed to standard output."
                        + " Inputs that cannot be read are reported on stderr, one line each; the others are still fixed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage error, no file to check, an input could not be read, a file was not rewritten"
                + " (changed since it was read, read-only, hard-linked, or its owner, group or mode could not be kept),"
                + " or an output could not be written"})
final class FixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff of every input; change nothing.")
    boolean dryRun;

    @Option(names = {"-i", "--in-place"},
            description = "Rewrite each file atomically, keeping its owner, group and mode, and print one summary line per"
                    + " input on stderr; a file that changed since it was read, is read-only or has several hard links is left"
                    + " alone; - is still written to standard output.")
    boolean inPlace;


    @Mixin
    DetectionOptions detection;

    @Mixin
    ConfigOptions config;

    private PrintWriter out;
    private PrintWriter err;
    private boolean failed;

    @Override
    public Integer call() {
        try (dev.unspin.originals.OriginalsIndex originals = detection.openOriginals(spec.commandLine().getErr())) {
            return run(originals);
        }
    }

    private Integer run(dev.unspin.originals.OriginalsIndex originals) {
        if (dryRun && inPlace) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dry-run and --in-place cannot be combined");
        }
        if (inputs.paths.stream().filter("-"::equals).count() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) can be given only once");
        }
        InputCollector.Collected collected = inputs.collect();
        Optional<String> nothing = inputs.nothingToCheck(collected);
        if (nothing.isPresent()) {
            spec.commandLine().getErr().println("unspin: " + nothing.get());
            return 2;
        }
        int count = collected.sources().size() + collected.problems().size();
        if (!dryRun && !inPlace && count > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "without --dry-run or --in-place, fix prints the"
                    + " fixed text of one input, but got " + count + "; use --dry-run to see the changes as a diff or"
                    + " --in-place to rewrite the files");
        }
        double threshold = detection.minConfidence();
        double floor = Math.min(threshold, CheckSettings.DEFAULT_MIN_CONFIDENCE);
        detection.noteAmbiguousSourceLanguage(spec.commandLine().getErr());
        CheckPipeline pipeline = inputs.bilingual(detection.pipeline(), collected).originals(originals).config(config.loader()).commandLine(new EffectiveSettings.CommandLine(
                spec.commandLine().getParseResult().hasMatchedOption("--min-confidence") ? OptionalDouble.of(floor)
                        : OptionalDouble.empty(), Optional.empty())).build();
        List<InputSource> sources = pipeline.select(collected.sources());
        FixPlanner planner = new FixPlanner(threshold);
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        collected.problems().forEach(this::report);
        TextReader stdinReader = new TextReader(CommandRoot.stdin(spec));
        for (InputSource source : sources) {
            try {
                fix(source, pipeline, planner, stdinReader);
            } catch (RuntimeException | Error e) {
                report(new InputProblem(source.display(), InternalFailure.describe("fixing", e)));
            }
            out.flush();
        }
        return failed ? 2 : 0;
    }

    private void fix(InputSource source, CheckPipeline pipeline, FixPlanner planner, TextReader stdinReader) {
        if (inPlace && !source.isStdin()) {
            removeStaleTemporaries(source);
        }
        Input input = read(source, stdinReader);
        if (input.read().problem() != null) {
            report(input.read().problem());
            return;
        }
        String text = input.read().text();
        FixPlanner.Plan plan;
        String fixed;
        try {
            InputFormat format = inputs.formatOf(source);
            List<Finding> findings = pipeline.check(CheckInput.of(source, text, format)).findings();
            plan = planner.plan(text, findings, ProtectedRegions.forFormat(format, text).plus(text, format.prose(text)));
            fixed = TextFixer.apply(text, plan.replacements());
        } catch (BitextFormatException e) {
            report(new InputProblem(source.display(), e.getMessage()));
            return;
        } catch (RuntimeException | Error e) {
            report(new InputProblem(source.display(), InternalFailure.describe("fixing", e)));
            return;
        }
        if (dryRun) {
            out.print(UnifiedDiff.of(source.display(), text, plan.replacements()));
            return;
        }
        TextEncoding encoding = input.read().encoding();
        if (encoding.isUtf16()) {
            report(new InputProblem(source.display(), encoding.label()
                    + " text: fix writes UTF-8 only; convert it to UTF-8 first (--dry-run shows the fixes)"));
            return;
        }
        String written = encoding.hasByteOrderMark() ? "\uFEFF" + fixed : fixed;
        if (!inPlace || source.isStdin()) {
            out.print(written);
        } else if (!plan.applied().isEmpty()) {
            InputProblem notWritten = rewrite(source.display(), input.snapshot(), written);
            if (notWritten != null) {
                report(notWritten);
                return;
            }
        }
        if (inPlace) {
            err.println(summary(source.display(), plan));
        }
    }

    /** Reads an input; a file's snapshot is taken as it is read, for --in-place. */
    private static Input read(InputSource source, TextReader stdinReader) {
        if (source.isStdin()) {
            return new Input(stdinReader.read(source), null);
        }
        TextReader.Result notRegular = TextReader.unlessRegularFile(source);
        if (notRegular != null) {
            return new Input(notRegular, null);
        }
        try {
            FileSnapshot.Read file = FileSnapshot.read(source.path());
            return new Input(TextReader.decode(source, file.bytes()), file.snapshot());
        } catch (IOException e) {
            return new Input(TextReader.failure(source, e), null);
        }
    }

    /** Rewrites a file in place; returns the problem that stopped it, or null when it was rewritten. */
    static InputProblem rewrite(String display, FileSnapshot snapshot, String fixed) {
        try {
            InPlaceWriter.write(snapshot, fixed);
            return null;
        } catch (InPlaceWriter.ChangedSinceReadException e) {
            return new InputProblem(display, "changed since it was read; not rewritten");
        } catch (InPlaceWriter.RefusedException e) {
            return new InputProblem(display, e.reason());
        } catch (IOException e) {
            return new InputProblem(display, "cannot write: " + OutputTarget.reason(e));
        }
    }

    /** Deletes what an interrupted rewrite of this file left behind, and says so. */
    private void removeStaleTemporaries(InputSource source) {
        try {
            for (java.nio.file.Path stale : InPlaceWriter.removeStaleTemporaries(source.path())) {
                err.println("unspin: " + source.display() + ": removed " + stale.getFileName()
                        + ", left by an interrupted rewrite");
            }
        } catch (IOException e) {
            // Unreadable or missing: reading the file reports it.
        }
    }

    static String summary(String path, FixPlanner.Plan plan) {
        int applied = plan.applied().size();
        int left = plan.left().size();
        return path + ": " + applied + (applied == 1 ? " fix" : " fixes") + " applied, "
                + left + (left == 1 ? " finding" : " findings") + " left without a safe fix";
    }

    private void report(InputProblem problem) {
        err.println("unspin: " + problem);
        failed = true;
    }


    /** What was read, and the file's snapshot (null for standard input or when it could not be read). */
    private record Input(TextReader.Result read, FileSnapshot snapshot) {
    }

    /** fix's own default for the mixin's --min-confidence. */
    public static final class Defaults implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(CommandLine.Model.ArgSpec argument) {
            return argument instanceof CommandLine.Model.OptionSpec option && option.longestName().equals("--min-confidence")
                    ? String.valueOf(FixPlanner.DEFAULT_MIN_CONFIDENCE) : null;
        }
    }

    /** fix's own description of the mixin's --min-confidence (picocli reads option descriptions from this bundle first). */
    public static final class Help extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][]{{"min-confidence", "Fix only findings at or above this confidence, 0..1 (default: ${DEFAULT-VALUE});"
                    + " findings below it are counted as left without a safe fix."}};
        }
    }
}
