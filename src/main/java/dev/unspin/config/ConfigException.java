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
    private final List<String> problems;
    private final transient ConfigFile parsed;

    public ConfigException(String message) {
        this(List.of(message));
    }

    public ConfigException(List<String> problems) {
        this(problems, null);
    }

    /** {@code parsed}: the settings of the file that could be read in spite of {@code problems}, or null. */
    public ConfigException(List<String> problems, ConfigFile parsed) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration error needs a problem");
        }
        this.problems = List.copyOf(problems);
        this.parsed = parsed;
    }

    /** The settings that parsed in spite of the problems, when the file could be read at all. */
    public Optional<ConfigFile> parsed() {
        return Optional.ofNullable(parsed);
    }

    /**
     * This file's problems and {@code more} problems of the same file (each written
     * {@code display:line: ...}), in line order.
     */
    public ConfigException with(List<String> more) {
        if (more.isEmpty() || parsed == null) {
            return this;
        }
        List<String> all = new ArrayList<>(problems);
        all.addAll(more);
        all.sort(Comparator.comparingInt(this::lineOf));
        return new ConfigException(all, parsed);
    }

    private int lineOf(String problem) {
        String prefix = parsed.display() + ":";
        if (!problem.startsWith(prefix)) {
            return Integer.MAX_VALUE;
        }
        int end = problem.indexOf(':', prefix.length());
        try {
            return Integer.parseInt(problem.substring(prefix.length(), end < 0 ? problem.length() : end));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** One line each, in file order. */
    public List<String> problems() {
        return problems;
    }
}
