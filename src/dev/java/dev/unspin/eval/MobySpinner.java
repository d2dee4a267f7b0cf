package dev.unspin.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A spinner with another thesaurus than the project's: the Moby thesaurus (npm {@code moby} 1.1.2,
 * public domain, {@code words.txt}: a headword and its synonyms a line, comma-separated). A
 * lower-case content word that is a headword (or a headword + "s") becomes a random synonym of up to
 * three words, so it makes multi-word swaps too ("relatives" for "members of the family" and back).
 * Neither retrieval nor alignment of originals was tuned on it: eval-originals holds it out.
 */
final class MobySpinner implements Spinner {
    private static final Pattern SYNONYM = Pattern.compile("[a-z]+(?: [a-z]+){0,2}");

    private final Map<String, String[]> synonyms;

    private MobySpinner(Map<String, String[]> synonyms) {
        this.synonyms = synonyms;
    }

    static MobySpinner read(Path wordsTxt) throws IOException {
        Map<String, String[]> synonyms = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(wordsTxt, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split(",");
                List<String> kept = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    if (SYNONYM.matcher(parts[i]).matches() && !parts[i].equals(parts[0])) {
                        kept.add(parts[i]);
                    }
                }
                if (!kept.isEmpty() && SYNONYM.matcher(parts[0]).matches()) {
                    synonyms.put(parts[0], kept.toArray(String[]::new));
                }
            }
        }
        return new MobySpinner(synonyms);
    }

    @Override
    public List<Replacement> candidates(String text, List<SpinWords.Word> words, Random random) {
        List<Replacement> candidates = new ArrayList<>();
        for (SpinWords.Word w : words) {
            if (!w.lowerCase() || !w.content() || w.text().length() <= 2) {
                continue;
            }
            String[] options = synonyms.get(w.text());
            String suffix = "";
            if (options == null && w.text().endsWith("s")) {
                options = synonyms.get(w.text().substring(0, w.text().length() - 1));
                suffix = "s";
            }
            if (options != null) {
                candidates.add(new Replacement(w.start(), w.end(), options[random.nextInt(options.length)] + suffix));
            }
        }
        return candidates;
    }
}
