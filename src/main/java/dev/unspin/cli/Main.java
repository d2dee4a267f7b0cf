package dev.unspin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** The {@code unspin} command line. */
@Command(name = "unspin", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Finds spun and machine-mistranslated English and says what the writer most likely meant.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above the --fail-on threshold", "1:the threshold was reached",
                "2:usage error, an input could not be read, or an output could not be written"})
public final class Main implements Runnable, CommandRoot {
    /** The subcommands, in the order {@code --help} lists them. */
    static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, FixCommand.class, AuditCommand.class,
            BaselineCommand.class, IndexCommand.class, RulesCommand.class, ConfigCommand.class, ServeCommand.class, CommandLine.HelpCommand.class);

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
        return CommandRoot.execute(commandLine(in, args), out, err, args);
    }

    /**
     * The command line for these arguments. picocli reads every option of a subcommand by reflection
     * when it is added, which costs start-up time, so only what the arguments reach is added: the
     * subcommand they name, none for a bare {@code --version}, and all of them otherwise (help, usage
     * errors and their suggestions name every command). With no arguments, the whole command line
     * (what the man page and shell completion are made from).
     */
    public static CommandLine commandLine(InputStream in, String... args) {
        CommandLine cli = new CommandLine(new Main(in));
        reachable(args).forEach(cli::addSubcommand);
        return cli;
    }

    /** The subcommands a command line can reach (see {@link #commandLine}). */
    static List<Class<?>> reachable(String... args) {
        boolean version = false;
        for (String arg : args) {
            if (arg.equals("-V") || arg.equals("--version")) {
                version = true;
            } else if (arg.startsWith("-")) {
                return COMMANDS;
            } else {
                return COMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class && name(c).equals(arg))
                        .findFirst().<List<Class<?>>>map(List::of).orElse(COMMANDS);
            }
        }
        return version ? List.of() : COMMANDS;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
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
