package dev.unspin.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the Moby thesaurus (Grady Ward, public domain; npm package {@code moby}, file {@code words.txt},
 * ASCII): one line per headword, {@code head,synonym,synonym,...}, with no parts of speech. The one
 * reader of the file for the generators that draw on it.
 */
final class MobyWordsFile {
    private MobyWordsFile() {
    }

    /**
     * Each headword matching {@code kept} with its synonyms that match it too (itself left out), in the
     * file's order; a headword listed twice gets the synonyms of both lines. IOException when no line has any.
     */
    static Map<String, Set<String>> read(Path wordsTxt, Pattern kept) throws IOException {
        Map<String, Set<String>> entries = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(wordsTxt, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] cells = line.split(",");
                if (cells.length < 2 || !kept.matcher(cells[0]).matches()) {
                    continue;
                }
                Set<String> synonyms = new LinkedHashSet<>();
                for (int i = 1; i < cells.length; i++) {
                    if (kept.matcher(cells[i]).matches() && !cells[i].equals(cells[0])) {
                        synonyms.add(cells[i]);
                    }
                }
                if (!synonyms.isEmpty()) {
                    entries.computeIfAbsent(cells[0], k -> new LinkedHashSet<>()).addAll(synonyms);
                }
            }
        }
        if (entries.isEmpty()) {
            throw new IOException(wordsTxt + ": no thesaurus entries (expected lines head,synonym,...)");
        }
        return entries;
    }
}
