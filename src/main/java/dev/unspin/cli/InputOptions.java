package dev.unspin.cli;

import dev.unspin.input.InputCollector;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The inputs of a command that reads texts: PATH... and --extensions; shared by check and fix. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (searched recursively for --extensions) or - for standard input.")
    List<String> paths;

    @Option(names = "--extensions", split = ",", paramLabel = "EXT",
            description = "File extensions searched for in directories (default: txt,md,html).")
    Set<String> extensions = new HashSet<>(InputCollector.DEFAULT_EXTENSIONS);

    InputCollector.Collected collect() {
        Set<String> wanted = new HashSet<>();
        extensions.forEach(e -> wanted.add(e.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")));
        return new InputCollector(wanted).collect(paths);
    }
}
