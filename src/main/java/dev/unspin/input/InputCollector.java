package dev.unspin.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the command line's paths into the texts to check: files as named, directories walked
 * recursively for files with the chosen extensions (hidden files and folders skipped), and "-"
 * for standard input. Paths that do not exist become problems, not failures.
 */
public final class InputCollector {
    public static final Set<String> DEFAULT_EXTENSIONS = Set.of("txt", "md", "html");

    private final Set<String> extensions;

    public InputCollector(Set<String> extensions) {
        this.extensions = extensions;
    }

    public Collected collect(List<String> arguments) {
        List<InputSource> sources = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                sources.add(InputSource.stdin());
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                walk(path, argument, sources, problems);
            } else if (Files.exists(path)) {
                sources.add(new InputSource(path, argument));
            } else {
                problems.add(new InputProblem(argument, "no such file or directory"));
            }
        }
        return new Collected(sources, problems);
    }

    private void walk(Path directory, String display, List<InputSource> sources, List<InputProblem> problems) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(directory.relativize(p)))
                    .filter(this::hasWantedExtension)
                    .sorted()
                    .forEach(p -> sources.add(new InputSource(p, p.toString())));
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new InputProblem(display, "cannot read directory: " + e.getMessage()));
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasWantedExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The texts found, and the arguments that named nothing checkable. */
    public record Collected(List<InputSource> sources, List<InputProblem> problems) {
    }
}
