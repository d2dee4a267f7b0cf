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
import java.util.zip.CRC32;

/**
 * Where the rule data ({@code rules/}) is read from: a directory given by the user, or the copy
 * packaged in unspin's jar.
 */
public final class RuleFiles {
    private final Path directory;
    /** A team's own rule files named one by one, read after the directory's: .dict and .xml. */
    private final List<Path> extraFiles;

    /** Whether these are unspin's packaged rules alone, which never change while it runs. */
    private final boolean packagedOnly;

    private RuleFiles(Path directory) {
        this(directory, List.of(), false);
    }

    private RuleFiles(Path directory, List<Path> extraFiles, boolean packagedOnly) {
        this.directory = directory;
        this.extraFiles = List.copyOf(extraFiles);
        this.packagedOnly = packagedOnly;
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
                return new RuleFiles(fs.getPath("/rules"), List.of(), true);
            }
            return new RuleFiles(Path.of(uri).getParent(), List.of(), true);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open unspin's packaged rules: " + e.getMessage(), e);
        }
    }

    /** Whether these are unspin's packaged rules and nothing else: the same for the whole run, so what is built from them can be shared. */
    public boolean isPackagedOnly() {
        return packagedOnly;
    }

    /** The files of a sub-folder (e.g. "dictionary") with the given extension, sorted by name. */
    public List<RuleFile> list(String folder, String extension) {
        List<RuleFile> result = new ArrayList<>();
        Path dir = directory == null ? null : directory.resolve(folder);
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList()) {
                    result.add(new RuleFile(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8), origin(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rules in " + dir, e);
            }
        }
        for (Path p : extraFiles) {
            if (p.getFileName().toString().endsWith(extension)) {
                try {
                    result.add(new RuleFile(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8), p.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read rule file " + p + ": " + e.getMessage(), e);
                }
            }
        }
        return result;
    }

    /** Only the given rule files (.dict for the dictionary, .xml for grammar rules), no directory. */
    public static RuleFiles ofFiles(List<Path> files) {
        return new RuleFiles(null, checkedExtraFiles(files), false);
    }

    /** These rules plus a team's own rule files (.dict join the dictionary, .xml the grammar rules). */
    public RuleFiles withFiles(List<Path> files) {
        List<Path> all = new ArrayList<>(extraFiles);
        all.addAll(checkedExtraFiles(files));
        return new RuleFiles(directory, all, packagedOnly && all.isEmpty());
    }

    /** Where these rules come from, for people: the directory (or the packaged copy) and the extra files. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (directory != null) {
            parts.add(directory.getFileSystem() == FileSystems.getDefault()
                    ? "rules directory " + directory : "unspin's packaged rules");
        }
        extraFiles.forEach(p -> parts.add(p.toString()));
        return String.join(" + ", parts);
    }

    private static List<Path> checkedExtraFiles(List<Path> files) {
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (!name.endsWith(".dict") && !name.endsWith(".xml")) {
                throw new IllegalArgumentException(p + ": not a rule file (expected a .dict dictionary or an .xml grammar rule file)");
            }
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(p + ": rule file not found");
            }
        }
        return files;
    }

    /**
     * A fingerprint of rule files (their names and contents, in order), which a compiled form of them
     * made by the build carries: it is used only for exactly the files it was made from.
     */
    public static String fingerprint(List<RuleFile> files) {
        // A checksum, not a cryptographic hash: it tells a stale build from a current one and is read at
        // every start-up, where CRC-32 (a native routine) costs ~1 ms and SHA-256 ~30-40 ms.
        CRC32 checksum = new CRC32();
        long bytes = 0;
        for (RuleFile file : files) {
            for (String part : List.of(file.name(), file.content())) {
                byte[] encoded = part.getBytes(StandardCharsets.UTF_8);
                checksum.update(encoded);
                checksum.update(0);
                bytes += encoded.length + 1;
            }
        }
        return files.size() + " files, " + bytes + " bytes, CRC-32 " + Long.toHexString(checksum.getValue());
    }

    /** A path as people should see it: as given on disk, or inside unspin's jar. */
    private static String origin(Path p) {
        return p.getFileSystem() == FileSystems.getDefault() ? p.toString() : "unspin.jar!" + p;
    }

    /**
     * A rule file's name, UTF-8 content and origin (its path on disk, or inside unspin's jar; the
     * name when it was given some other way).
     */
    public record RuleFile(String name, String content, String origin) {
        public RuleFile(String name, String content) {
            this(name, content, name);
        }
    }
}
