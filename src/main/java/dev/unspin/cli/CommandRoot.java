package dev.unspin.cli;

import dev.unspin.config.ConfigException;
import dev.unspin.report.OutputTarget;
import dev.unspin.report.StandardErrorWriter;
import dev.unspin.report.WriteCheckedStream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The root of a command line ({@code unspin}, {@code unspin-dev}) and the streams its commands use:
 * standard input from here, standard output and error from picocli ({@code spec.commandLine().getOut()}
 * and {@code getErr()}), UTF-8. A command never touches {@code System.in}, {@code System.out} or
 * {@code System.err}, so tests run command lines in parallel, each with its own streams.
 */
interface CommandRoot {

    /** How messages name standard output. */
    String STANDARD_OUTPUT = "standard output";

    InputStream stdin();

    /** What a command of this command line reads as standard input. */
    static InputStream stdin(CommandSpec spec) {
        return ((CommandRoot) spec.root().userObject()).stdin();
    }

    /**
     * Runs a command line on these streams (UTF-8) and returns its exit code; both outputs are flushed.
     * Every write to standard output is checked: if one failed (a full disk, a closed pipe), the exit
     * code is 2 and standard error says so ({@code unspin: standard output: write failed: No space
     * left on device}) — except for a closed pipe, which a reader closes on purpose ({@code | head}). Standard error is a {@link StandardErrorWriter}, so no control
     * character from an input (a file name, a message quoting text) reaches the terminal.
     */
    static int execute(CommandLine cli, OutputStream out, OutputStream err, String... args) {
        WriteCheckedStream checkedOut = new WriteCheckedStream(out);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(new OutputStreamWriter(checkedOut, StandardCharsets.UTF_8), true));
        cli.setErr(new StandardErrorWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)));
        cli.setParameterExceptionHandler(CommandRoot::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            List<String> problems = e instanceof ConfigException c ? c.problems() : List.of(String.valueOf(e.getMessage()));
            problems.forEach(problem -> commandLine.getErr().println("unspin: " + problem));
            return 2;
        });
        int code;
        try {
            code = cli.execute(args);
        } finally {
            cli.getOut().flush();
        }
        if (checkedOut.failure() != null) {
            // a reader that stopped reading (`unspin check . | head`) asked for no more: exit 2, but quietly
            if (!isBrokenPipe(checkedOut.failure())) {
                cli.getErr().println("unspin: " + STANDARD_OUTPUT + ": write failed: " + OutputTarget.reason(checkedOut.failure()));
            }
            code = 2;
        }
        cli.getErr().flush();
        return code;
    }

    private static boolean isBrokenPipe(java.io.IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }

    /**
     * A usage error on standard error: the message, picocli's suggestions for a mistyped option or
     * command, and one line pointing at the command's help ({@code Try 'unspin check --help' for more
     * information.}) rather than the whole help, which would bury the message.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
