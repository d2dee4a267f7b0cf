package dev.unspin.input;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the command line's paths into the texts to check: files as named, directories walked
 * recursively for files with the chosen extensions (hidden files and folders skipped), and "-"
 * for standard input. Paths that do not exist, are not regular files (a named pipe, a device) or
 * loop through symbolic links become problems, not failures; so does a part of a directory tree
 * that cannot be read (a folder without permission, a path over the system's length limit), and
 * the rest of the tree is still collected.
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
                walk(path, sources, problems);
            } else if (Files.isRegularFile(path)) {
                sources.add(new InputSource(path, argument));
            } else if (Files.exists(path)) {
                problems.add(new InputProblem(argument, "not a regular file"));
            } else {
                problems.add(new InputProblem(argument, whyMissing(path)));
            }
        }
        return new Collected(sources, problems);
    }

    /** Why a path that does not exist (following links) cannot be found: a link loop, a dangling link, or nothing there. */
    private static String whyMissing(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return "no such file or directory";
        }
        try {
            path.toRealPath();
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("symbolic links")) {
                return "symbolic link loop";
            }
        } catch (IOException e) {
            // Reported below as a link to nothing.
        }
        try {
            return "symbolic link to a missing file (" + Files.readSymbolicLink(path) + ")";
        } catch (IOException e) {
            return "no such file or directory";
        }
    }

    private void walk(Path directory, List<InputSource> sources, List<InputProblem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return !folder.equals(directory) && isHidden(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isHidden(file) && hasWantedExtension(file)
                            && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(file)) {
                        problems.add(new InputProblem(file.toString(), "skipped, cannot be read: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) {
                    if (e != null) {
                        problems.add(new InputProblem(folder.toString(), "not read to the end: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new InputProblem(directory.toString(), "cannot read directory: " + reason(e)));
        }
        found.stream().sorted().forEach(p -> sources.add(new InputSource(p, p.toString())));
    }

    /** The system's reason without the path (the problem line names it already). */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return String.valueOf(e.getMessage());
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
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
