package dev.unspin.config;

import java.util.List;

/**
 * An invalid or unreadable configuration file; each problem names the file, the line and the key.
 * A file's problems are reported together, one a line.
 */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(String message) {
        this(List.of(message));
    }

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration error needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One line each, in file order. */
    public List<String> problems() {
        return problems;
    }
}
