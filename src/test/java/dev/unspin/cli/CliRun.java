package dev.unspin.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs a command line in-process on its own streams (no JVM global is swapped, so tests may run in
 * parallel), with the given standard input, capturing exit code and output.
 */
record CliRun(int code, String out, String err) {

    /** An entry point that runs on given streams: {@code Main::run}, {@code DevMain::run}. */
    @FunctionalInterface
    interface EntryPoint {
        int run(InputStream in, OutputStream out, OutputStream err, String... args);
    }

    static CliRun of(String stdin, List<String> args) {
        return of(Main::run, stdin, args);
    }

    /** Runs another entry point ({@code DevMain::run}, the developer tools) the same way. */
    static CliRun of(EntryPoint main, String stdin, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err,
                args.toArray(String[]::new));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
