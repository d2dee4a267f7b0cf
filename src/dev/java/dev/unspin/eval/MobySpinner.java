package dev.unspin.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A spinner with another thesaurus than the project's: the Moby thesaurus (npm {@code moby} 1.1.2,
 * {@link MobyWordsFile}). A lower-case content word that is a headword (or a headword + "s") becomes a
 * random synonym of up to three words, so it makes multi-word swaps too ("relatives" for "members of the family" and back).
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
        MobyWordsFile.read(wordsTxt, SYNONYM).forEach((head, kept) -> synonyms.put(head, kept.toArray(String[]::new)));
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
