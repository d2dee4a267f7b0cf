package dev.unspin.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of the machine-translation-like noise generator: tab-separated lines
 * {@code kind<TAB>form<TAB>replacement|replacement...}, kind one of {@code sense}, {@code preposition},
 * {@code untranslated}; '#' lines and blank lines are ignored (samples/heldout/mt-noise.tsv).
 */
public record MtNoiseTable(Map<String, List<String>> replacements) {

    public static MtNoiseTable read(Path file) throws IOException {
        Map<String, List<String>> replacements = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3 || !List.of("sense", "preposition", "untranslated").contains(cells[0])
                    || !cells[1].matches("[a-z]+") || cells[2].isBlank() || replacements.containsKey(cells[1])) {
                throw new IOException(file + ":" + (i + 1) + ": expected sense|preposition|untranslated<TAB>form<TAB>replacement[|...], each form once");
            }
            replacements.put(cells[1], List.of(cells[2].split("\\|")));
        }
        return new MtNoiseTable(Map.copyOf(replacements));
    }

    /** What the generator may write for this lower-case form; empty when the table has no row for it. */
    List<String> replacementsOf(String form) {
        return replacements.getOrDefault(form, List.of());
    }
}
