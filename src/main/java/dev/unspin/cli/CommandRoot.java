package dev.unspin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The root of a command line ({@code unspin}, {@code unspin-dev}) and the streams its commands use:
 * standard input from here, standard output and error from picocli ({@code spec.commandLine().getOut()}
 * and {@code getErr()}), UTF-8. A command never touches {@code System.in}, {@code System.out} or
 * {@code System.err}, so tests run command lines in parallel, each with its own streams.
 */
interface CommandRoot {

    InputStream stdin();

    /** What a command of this command line reads as standard input. */
    static InputStream stdin(CommandSpec spec) {
        return ((CommandRoot) spec.root().userObject()).stdin();
    }

    /** Runs a command line on these streams (UTF-8) and returns its exit code; both outputs are flushed. */
    static int execute(CommandLine cli, OutputStream out, OutputStream err, String... args) {
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("unspin: " + e.getMessage());
            return 2;
        });
        try {
            return cli.execute(args);
        } finally {
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }
}
