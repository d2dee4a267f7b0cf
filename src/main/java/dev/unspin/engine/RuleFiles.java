package dev.unspin.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the rule data ({@code rules/}) is read from: a directory given by the user, or the copy
 * packaged in unspin's jar.
 */
public final class RuleFiles {
    private final Path directory;

    private RuleFiles(Path directory) {
        this.directory = directory;
    }

    public static RuleFiles inDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("rules directory not found: " + directory);
        }
        return new RuleFiles(directory);
    }

    /** The rules in {@code directory}, or the packaged ones when it is null. */
    public static RuleFiles from(Path directory) {
        return directory == null ? packaged() : inDirectory(directory);
    }

    /** The rules packaged with unspin. */
    public static RuleFiles packaged() {
        URL url = RuleFiles.class.getResource("/rules/README.md");
        if (url == null) {
            throw new IllegalStateException("unspin's packaged rules are missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new RuleFiles(fs.getPath("/rules"));
            }
            return new RuleFiles(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open unspin's packaged rules: " + e.getMessage(), e);
        }
    }

    /** The files of a sub-folder (e.g. "dictionary") with the given extension, sorted by name. */
    public List<RuleFile> list(String folder, String extension) {
        Path dir = directory.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<RuleFile> result = new ArrayList<>();
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList()) {
                result.add(new RuleFile(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules in " + dir, e);
        }
    }

    /** A rule file's name and UTF-8 content. */
    public record RuleFile(String name, String content) {
    }
}
