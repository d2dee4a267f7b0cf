package dev.unspin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/** The {@code unspin} command line. */
@Command(name = "unspin", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Finds spun and machine-mistranslated English and says what the writer most likely meant.", ""},
        subcommands = {CheckCommand.class, FixCommand.class, AuditCommand.class, BaselineCommand.class, IndexCommand.class,
                RulesCommand.class, ConfigCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above the --fail-on threshold", "1:the threshold was reached",
                "2:usage error, an input could not be read, or an output could not be written"})
public final class Main implements Runnable, CommandRoot {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    Main(InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * Standard output is written as a plain file descriptor stream, not through {@code System.out}
     * (a PrintStream, which hides write errors), so a failed write (a full disk) is seen.
     */
    public static void main(String[] args) {
        System.exit(run(System.in, new FileOutputStream(FileDescriptor.out), System.err, args));
    }

    /** Runs the command line on these streams and returns its exit code (tests give their own streams). */
    public static int run(InputStream in, OutputStream out, OutputStream err, String... args) {
        return CommandRoot.execute(new CommandLine(new Main(in)), out, err, args);
    }

    @Override
    public InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (check, fix, audit, baseline, config, rules, serve)");
    }
}
