package dev.unspin.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A spinner's swap table: tab-separated lines {@code original<TAB>spun<TAB>split}, where split is
 * {@code known} (the dictionary has this swap) or {@code heldout} (it must not). Lines starting
 * with '#' and blank lines are ignored; originals and spun forms are lower case word forms.
 */
public record SwapTable(List<Row> rows) {

    public static SwapTable read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                rows.add(row(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new SwapTable(rows);
    }

    /** The rows of one split ({@code known} or {@code heldout}). */
    public SwapTable only(String split) {
        return new SwapTable(rows.stream().filter(r -> r.split().equals(split)).toList());
    }

    /** One line of the table (not a comment). */
    static Row row(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 3 || !List.of("known", "heldout").contains(cells[2])) {
            throw new IllegalArgumentException("expected original<TAB>spun<TAB>known|heldout");
        }
        return new Row(cells[0], cells[1], cells[2]);
    }

    /** One swap: the spinner writes {@code spun} where the text had {@code original}. */
    public record Row(String original, String spun, String split) {
        public Row {
            if (!original.matches("[a-z]+( [a-z]+)*") || !spun.matches("[a-z.'-]+( [a-z.'-]+)*")
                    || original.equals(spun)) {
                throw new IllegalArgumentException("bad swap \u201C" + original + "\u201D \u2192 \u201C" + spun + "\u201D");
            }
        }

        public List<String> originalWords() {
            return List.of(original.split(" "));
        }

        /** The spun form with the first letter's case of {@code written} (the original as it stands). */
        public String spunLike(String written) {
            return Character.isUpperCase(written.charAt(0))
                    ? spun.substring(0, 1).toUpperCase(Locale.ROOT) + spun.substring(1) : spun;
        }
    }
}
