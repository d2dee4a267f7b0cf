package dev.unspin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code unspin} command line. */
@Command(name = "unspin", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Finds spun and machine-mistranslated English and says what the writer most likely meant.", ""},
        subcommands = {CheckCommand.class, FixCommand.class, AuditCommand.class, BaselineCommand.class,
                RulesCommand.class, ConfigCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above the --fail-on threshold", "1:the threshold was reached",
                "2:usage error, or an input could not be read"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("unspin: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (check, fix, audit, baseline, config, rules)");
    }
}
