package dev.unspin.dictionary;

import java.util.List;

/** A dictionary file that cannot be loaded; every problem is listed with its file and line. */
public final class DictionaryFormatException extends RuntimeException {
    private final List<String> problems;

    public DictionaryFormatException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
