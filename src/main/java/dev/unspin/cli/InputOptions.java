package dev.unspin.cli;

import dev.unspin.input.InputCollector;
import dev.unspin.input.InputFormat;
import dev.unspin.input.InputSource;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The inputs of a command that reads texts: PATH..., --extensions, --input-format and
 * --stdin-filename; shared by check and fix.
 */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (searched recursively for --extensions) or - for standard input.")
    List<String> paths;

    @Option(names = "--extensions", split = ",", paramLabel = "EXT",
            description = "File extensions searched for in directories (default: txt,md,html).")
    Set<String> extensions = new HashSet<>(InputCollector.DEFAULT_EXTENSIONS);

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "How the inputs are written: ${COMPLETION-CANDIDATES}. Only the prose of Markdown and HTML is"
                    + " checked (default: by extension: .md and .markdown are markdown, .html and .htm html, others text).")
    InputFormat inputFormat;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The name reports give standard input (default: -); its extension chooses the input format.")
    String stdinFilename;

    InputCollector.Collected collect() {
        Set<String> wanted = new HashSet<>();
        extensions.forEach(e -> wanted.add(e.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")));
        InputCollector.Collected collected = new InputCollector(wanted).collect(paths);
        if (stdinFilename == null) {
            return collected;
        }
        List<InputSource> sources = new ArrayList<>();
        for (InputSource source : collected.sources()) {
            sources.add(source.isStdin() ? new InputSource(null, stdinFilename) : source);
        }
        return new InputCollector.Collected(sources, collected.problems());
    }

    /** The format of an input: --input-format, else by the extension of its file name (or of --stdin-filename). */
    InputFormat formatOf(InputSource source) {
        if (inputFormat != null) {
            return inputFormat;
        }
        return InputFormat.of(source.isStdin() ? stdinFilename : source.path().getFileName().toString());
    }
}
