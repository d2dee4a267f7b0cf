package dev.unspin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code unspin-dev} command line: the project's own measurement tools, kept out of the product.
 * It lives in the test class path (src/dev/java is a test source root) and in this package so that its
 * commands share {@code unspin}'s package-private options; run it from a checkout with
 * {@code scripts/unspin-dev COMMAND ...}.
 */
@Command(name = "unspin-dev", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"The unspin project's developer tools: evaluation on labelled text, the test spinner, benchmarks,"
                + " the synthetic audit feed and the survey of LanguageTool's built-in rules. Not part of the product.", ""},
        subcommands = {EvalCommand.class, EvalSpinCommand.class, EvalHeldoutCommand.class, EvalSignalsCommand.class,
                EvalOriginalsCommand.class, EvalMqmCommand.class, BenchCommand.class, ModelBenchCommand.class,
                OriginalsBenchCommand.class, BitextBenchCommand.class, AuditFeedCommand.class, AuditBenchCommand.class,
                ServeBenchCommand.class, StartupBenchCommand.class, DictionaryBenchCommand.class, SurveyLanguageToolCommand.class,
                DisambiguationCheckCommand.class, CommandLine.HelpCommand.class})
public final class DevMain implements Runnable, CommandRoot {
    /** The subcommands' names, as {@code unspin-dev --help} lists them. */
    static final String COMMANDS = "eval, eval-spin, eval-heldout, eval-signals, eval-originals, eval-mqm, bench, model-bench,"
            + " originals-bench, bitext-bench, dictionary-bench, audit-feed, audit-bench, serve-bench, startup-bench, survey-languagetool,"
            + " disambiguation-check";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    DevMain(InputStream stdin) {
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        System.exit(run(System.in, System.out, System.err, args));
    }

    /** Runs the command line on these streams and returns its exit code (tests give their own streams). */
    public static int run(InputStream in, OutputStream out, OutputStream err, String... args) {
        return CommandRoot.execute(new CommandLine(new DevMain(in)), out, err, args);
    }

    @Override
    public InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (" + COMMANDS + ")");
    }
}
