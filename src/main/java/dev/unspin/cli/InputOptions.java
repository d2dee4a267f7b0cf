package dev.unspin.cli;

import dev.unspin.bitext.Glossary;
import dev.unspin.input.InputCollector;
import dev.unspin.input.InputFormat;
import dev.unspin.input.InputSource;
import dev.unspin.input.TextReader;
import dev.unspin.pipeline.CheckPipeline;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;


import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
                    + " checked, and only the English targets of bilingual files (default: by extension: .md and .markdown"
                    + " are markdown, .html and .htm html, .po and .pot po, .xlf and .xliff xliff, .tmx tmx, .tsv tsv, others text).")
    InputFormat inputFormat;

    @Option(names = "--source-file", paramLabel = "FILE",
            description = "The source text the input translates, one segment per line, aligned with the input's lines:"
                    + " the input is checked against it (numbers, placeholders, untranslated text...). Needs exactly one input.")
    Path sourceFile;

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Glossary for bilingual inputs: TBX (.tbx), or CSV with the columns source, target and optionally"
                    + " forbidden (target terms not to use, separated by |). Wins over glossary in .unspin.yml.")
    Path glossary;

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

    /**
     * The message for a run that found no file to check and met no problem on the way: "no files to
     * check in docs/ (looked for .txt, .md, .html; see --extensions)"; empty when something was found,
     * or when a problem was already reported. Files found but excluded by the configuration are not
     * this case: the configuration asked for it (a pre-commit hook may pass only excluded files).
     */
    Optional<String> nothingToCheck(InputCollector.Collected collected) {
        if (!collected.sources().isEmpty() || !collected.problems().isEmpty()) {
            return Optional.empty();
        }
        List<String> directories = paths.stream().filter(p -> !p.equals("-") && Files.isDirectory(Path.of(p))).toList();
        return Optional.of("no files to check in " + String.join(", ", directories) + " (looked for " + extensionList()
                + "; see --extensions)");
    }

    private String extensionList() {
        List<String> order = new ArrayList<>(List.of("txt", "md", "html"));
        List<String> wanted = new ArrayList<>(extensions.stream().map(e -> e.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")).sorted().toList());
        List<String> listed = new ArrayList<>(order.stream().filter(wanted::contains).toList());
        wanted.stream().filter(e -> !order.contains(e)).forEach(listed::add);
        return String.join(", ", listed.stream().map(e -> "." + e).toList());
    }

    /**
     * The pipeline builder with what bilingual inputs need: the glossary and the aligned source file,
     * each read here, so that a problem with either stops the run with one line naming the file.
     */
    CheckPipeline.Builder bilingual(CheckPipeline.Builder builder, InputCollector.Collected collected) {
        if (glossary != null) {
            try {
                builder.glossary(Glossary.read(glossary));
            } catch (Glossary.GlossaryException e) {
                throw new IllegalArgumentException("--glossary " + e.getMessage());
            }
        }
        if (sourceFile != null) {
            int count = collected.sources().size() + collected.problems().size();
            if (count != 1) {
                throw new IllegalArgumentException("--source-file needs exactly one input (the translation of its lines), got " + count);
            }
            TextReader.Result read = new TextReader(InputStream.nullInputStream()).read(new InputSource(sourceFile, sourceFile.toString()));
            if (read.problem() != null) {
                throw new IllegalArgumentException("--source-file " + read.problem());
            }
            builder.alignedSource(read.text());
        }
        return builder;
    }

    /** The format of an input: --input-format, else by the extension of its file name (or of --stdin-filename). */
    InputFormat formatOf(InputSource source) {
        if (inputFormat != null) {
            return inputFormat;
        }
        return InputFormat.of(source.isStdin() ? stdinFilename : source.path().getFileName().toString());
    }
}
