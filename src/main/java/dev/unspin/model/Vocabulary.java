package dev.unspin.model;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The model's words and their ids (the id is the word's position in the model file's word list). */
final class Vocabulary {
    private final String[] words;
    private final Map<String, Integer> ids;

    private Vocabulary(String[] words) {
        this.words = words;
        ids = new HashMap<>(words.length * 2);
        for (int id = 0; id < words.length; id++) {
            ids.put(words[id], id);
        }
    }

    /** Reads {@code count} words, each ended by '\n', from UTF-8 bytes. */
    static Vocabulary parse(byte[] utf8, int count) {
        String[] words = new String(utf8, StandardCharsets.UTF_8).split("\n", -1);
        if (words.length != count + 1 || !words[count].isEmpty()) {
            throw new IllegalArgumentException("the word list holds " + (words.length - 1) + " words, expected " + count);
        }
        String[] result = new String[count];
        System.arraycopy(words, 0, result, 0, count);
        return new Vocabulary(result);
    }

    int size() {
        return words.length;
    }

    /** The id of {@code word} as written, or {@link TrigramModel#UNKNOWN}. */
    int id(String word) {
        Integer id = ids.get(word);
        return id == null ? TrigramModel.UNKNOWN : id;
    }

    /** The id of {@code word} as written, else of its lower case, or {@link TrigramModel#UNKNOWN}. */
    int idIgnoreCase(String word) {
        int id = id(word);
        return id != TrigramModel.UNKNOWN ? id : id(word.toLowerCase(Locale.ROOT));
    }

    String word(int id) {
        return words[id];
    }
}
