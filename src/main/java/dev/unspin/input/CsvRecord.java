package dev.unspin.input;

import java.util.List;

/**
 * One record of a CSV file as {@link CsvReader} found it, at {@code line}, the 1-based line it starts
 * on: either its {@code fields}, or the {@code problem} that kept it from being read (fields empty).
 */
public record CsvRecord(long line, List<String> fields, String problem) {

    static CsvRecord row(long line, List<String> fields) {
        return new CsvRecord(line, List.copyOf(fields), null);
    }

    static CsvRecord problem(long line, String problem) {
        return new CsvRecord(line, List.of(), problem);
    }

    public boolean isProblem() {
        return problem != null;
    }
}
