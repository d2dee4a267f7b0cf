package dev.unspin.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An invalid or unreadable configuration file; each problem names the file, the line and the key.
 * A file's problems are reported together, one a line. When the file could be read but some settings
 * could not, the exception keeps the settings that could ({@link #parsed()}), so that the checks made
 * after parsing (rule ids exist) can add their problems to the same report.
 */
public final class ConfigException extends RuntimeException {
    private final List<Problem> problems;
    private final transient ConfigFile parsed;

    /** One problem and the line of the file it is on (0: the file as a whole); its text names file and line. */
    public record Problem(int line, String text) {
    }

    public ConfigException(String message) {
        this(List.of(new Problem(0, message)), null);
    }

    /** {@code parsed}: the settings of the file that could be read in spite of {@code problems}, or null. */
    public ConfigException(List<Problem> problems, ConfigFile parsed) {
        super(String.join("\n", problems.stream().map(Problem::text).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration error needs a problem");
        }
        this.problems = problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
        this.parsed = parsed;
    }

    /** The settings that parsed in spite of the problems, when the file could be read at all. */
    public Optional<ConfigFile> parsed() {
        return Optional.ofNullable(parsed);
    }

    /** This file's problems and {@code more} problems of the same file, in line order. */
    public ConfigException with(List<Problem> more) {
        if (more.isEmpty() || parsed == null) {
            return this;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new ConfigException(all, parsed);
    }

    /** One line each, in file order. */
    public List<String> problems() {
        return problems.stream().map(Problem::text).toList();
    }
}
