package dev.unspin.config;

import dev.unspin.bitext.Glossary;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code .unspin.yml}; immutable.
 *
 * @param path         the file, absolute
 * @param display      how messages name it (relative to the working directory when under it)
 * @param settings     the top-level rules, categories and min-confidence
 * @param failOn       the fail-on threshold, if set (spun, suspect, error, warning, never)
 * @param include      only files matching one of these are checked (all when empty)
 * @param exclude      files matching one of these are not checked
 * @param overrides    settings for files matching globs, applied in order after the top level
 * @param dictionaries extra .dict files, absolute
 * @param accept       words and phrases never reported
 * @param bilingual    what checks of translations against their source use: the source language and the glossary
 */
public record ConfigFile(Path path, String display, Settings settings, Optional<String> failOn, List<Glob> include,
                         List<Glob> exclude, List<Override> overrides, List<Path> dictionaries, List<String> accept,
                         Bilingual bilingual) {

    /**
     * The {@code source-language} and {@code glossary} of a config file: the language translations are
     * made from when a file does not say (a bilingual file's own declaration and {@code --source-language}
     * win), and the glossary (already read; {@code --glossary} wins).
     */
    public record Bilingual(Optional<String> sourceLanguage, Optional<Glossary> glossary) {
        public static final Bilingual NONE = new Bilingual(Optional.empty(), Optional.empty());
    }

    public static final String NAME = ".unspin.yml";
    public static final List<String> FAIL_ON = List.of("spun", "suspect", "error", "warning", "never");

    public ConfigFile {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        overrides = List.copyOf(overrides);
        dictionaries = List.copyOf(dictionaries);
        accept = List.copyOf(accept);
    }

    /** The folder globs are relative to. */
    public Path directory() {
        return path.getParent();
    }

    /** The path of {@code file} relative to the config's folder, '/'-separated. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return directory().relativize(abs).toString().replace(java.io.File.separatorChar, '/');
        } catch (IllegalArgumentException e) {
            return abs.toString().replace(java.io.File.separatorChar, '/');
        }
    }

    /** Whether the include and exclude globs let {@code file} be checked. */
    public boolean includes(Path file) {
        String rel = relative(file);
        boolean in = include.isEmpty() || include.stream().anyMatch(g -> g.matches(rel));
        return in && exclude.stream().noneMatch(g -> g.matches(rel));
    }

    /** Settings for the files matching one of {@code files}; {@code line} is where it starts in the file. */
    public record Override(List<Glob> files, Settings settings, int line) {
        public Override {
            files = List.copyOf(files);
        }

        public boolean matches(String relative) {
            return files.stream().anyMatch(g -> g.matches(relative));
        }
    }
}
