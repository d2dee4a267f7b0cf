package dev.unspin.eval;

import dev.unspin.bilingual.FreeDictFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word-by-word machine-translation round trip through German with two bilingual dictionaries the
 * project uses nowhere else (Debian dict-freedict-eng-deu and dict-freedict-deu-eng, dictd format): a
 * lower-case content word becomes one of its German translations, and that one of its English
 * translations (up to three words) other than the word itself ("house" → "Haus" → "establishment").
 * Together with {@link RoundTripNoise}'s prepositions, dropped articles, filler and clause order, it is
 * eval-originals' harshest machine-translation-like generator. Neither retrieval nor alignment of originals
 * was tuned on it.
 */
final class DictionaryRoundTrip implements Spinner {
    private static final Pattern ENGLISH = Pattern.compile("[a-z]+(?: [a-z]+){0,2}");
    private static final Pattern GERMAN = Pattern.compile("\\p{L}+");

    private final Map<String, String[]> toGerman;
    private final Map<String, String[]> toEnglish;
    private final RoundTripNoise noise = new RoundTripNoise();

    private DictionaryRoundTrip(Map<String, String[]> toGerman, Map<String, String[]> toEnglish) {
        this.toGerman = toGerman;
        this.toEnglish = toEnglish;
    }

    /** Reads freedict-eng-deu.dict.dz and freedict-deu-eng.dict.dz from {@code directory} (Debian: /usr/share/dictd). */
    static DictionaryRoundTrip read(Path directory) throws IOException {
        Path engDeu = directory.resolve("freedict-eng-deu.dict.dz");
        Path deuEng = directory.resolve("freedict-deu-eng.dict.dz");
        if (!Files.isRegularFile(engDeu) || !Files.isRegularFile(deuEng)) {
            throw new IOException(directory + ": no FreeDict English-German dictionaries; install them with"
                    + " `apt-get install dict-freedict-eng-deu dict-freedict-deu-eng`, or give their directory with --freedict");
        }
        return new DictionaryRoundTrip(translations(engDeu, ENGLISH, GERMAN), translations(deuEng, GERMAN, ENGLISH));
    }

    /** Headword → translations from a FreeDict dictd file ({@link FreeDictFile}), only headwords and translations of the given shapes. */
    private static Map<String, String[]> translations(Path dictDz, Pattern headwordShape, Pattern translationShape) throws IOException {
        Map<String, Set<String>> map = new HashMap<>();
        FreeDictFile.read(dictDz, (headword, translation) -> {
            if (headwordShape.matcher(headword).matches() && translationShape.matcher(translation).matches() && !translation.equals(headword)) {
                map.computeIfAbsent(headword, k -> new LinkedHashSet<>()).add(translation);
            }
        });
        Map<String, String[]> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
        return out;
    }

    @Override
    public List<Replacement> candidates(String text, List<SpinWords.Word> words, Random random) {
        List<Replacement> candidates = new ArrayList<>(noise.candidates(text, words, random));
        for (SpinWords.Word w : words) {
            if (!w.lowerCase() || !w.content() || w.text().length() <= 2) {
                continue;
            }
            String back = roundTrip(w.text(), random);
            if (back != null) {
                candidates.add(new Replacement(w.start(), w.end(), back));
            }
        }
        return candidates;
    }

    /** The word through a German translation and back, or null when no round trip leads to another English wording. */
    private String roundTrip(String word, Random random) {
        String[] german = toGerman.get(word);
        if (german == null) {
            return null;
        }
        String via = german[random.nextInt(Math.min(3, german.length))]; // the first, commonest senses
        String[] english = toEnglish.get(via);
        if (english == null) {
            return null;
        }
        List<String> others = new ArrayList<>();
        for (String e : english) {
            if (!e.equals(word)) {
                others.add(e);
            }
        }
        return others.isEmpty() ? null : others.get(random.nextInt(others.size()));
    }
}
