package dev.unspin.bilingual;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A dictionary from one source language into English: each headword with the English
 * words its translations use, and whether it is a measure word (a Chinese classifier such as 个 or 只, which
 * English leaves untranslated next to a number). Immutable and thread-safe.
 */
public final class BilingualDictionary {
    private final String language;
    private final Map<String, Entry> entries;
    private final int longestHeadword;

    /**
     * One headword's translations: the English words they use (three letters or more, lower case), the
     * translations that are a single word of any length ("if", "by", "east"), and whether it is a measure word.
     * The sets are taken as given (the readers hand over sets they no longer change; {@code translations} in the
     * dictionary's order, commonest sense first) and shown unmodifiable.
     */
    public record Entry(Set<String> translations, Set<String> oneWordTranslations, boolean measureWord) {
        public Entry {
            translations = Collections.unmodifiableSet(translations);
            oneWordTranslations = Collections.unmodifiableSet(oneWordTranslations);
        }
    }

    public BilingualDictionary(String language, Map<String, Entry> entries) {
        this.language = language;
        this.entries = Collections.unmodifiableMap(new HashMap<>(entries));
        this.longestHeadword = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The source language's code: de, zh... */
    public String language() {
        return language;
    }

    /**
     * The headword's entry, or null: looked up as written, then in lower case (a capitalised word starting a
     * sentence), then capitalised (a German noun written in lower case); case matters where both exist (de
     * {@code oder} "or", {@code Oder} the river).
     */
    public Entry entry(String headword) {
        Entry entry = entries.get(headword);
        if (entry == null) {
            entry = entries.get(headword.toLowerCase(Locale.ROOT));
        }
        if (entry == null && !headword.isEmpty()) {
            entry = entries.get(headword.substring(0, 1).toUpperCase(Locale.ROOT) + headword.substring(1));
        }
        return entry;
    }

    /** Every headword's entry. */
    public Map<String, Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /**
     * The longest headword starting at {@code from} in {@code text} (a word segmentation for scripts written
     * without spaces), or "" when none does.
     */
    public String longestHeadwordAt(String text, int from) {
        for (int end = Math.min(text.length(), from + longestHeadword); end > from; end--) {
            if (entries.containsKey(text.substring(from, end))) {
                return text.substring(from, end);
            }
        }
        return "";
    }
}
