package dev.unspin.bilingual;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A dictionary from one source language into English: each headword (kept in lower case) with the English
 * words its translations use, and whether it is a measure word (a Chinese classifier such as 个 or 只, which
 * English leaves untranslated next to a number). Immutable and thread-safe.
 */
public final class BilingualDictionary {
    private final String language;
    private final Map<String, Entry> entries;
    private final int longestHeadword;

    /** One headword's translations: English words in lower case. */
    public record Entry(Set<String> translations, boolean measureWord) {
        public Entry {
            translations = Set.copyOf(translations);
        }
    }

    public BilingualDictionary(String language, Map<String, Entry> entries) {
        this.language = language;
        Map<String, Entry> lower = new HashMap<>();
        entries.forEach((k, v) -> lower.merge(k.toLowerCase(Locale.ROOT), v, BilingualDictionary::merged));
        this.entries = Map.copyOf(lower);
        this.longestHeadword = lower.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private static Entry merged(Entry a, Entry b) {
        java.util.Set<String> all = new java.util.HashSet<>(a.translations());
        all.addAll(b.translations());
        return new Entry(all, a.measureWord() || b.measureWord());
    }

    /** The source language's code: de, zh... */
    public String language() {
        return language;
    }

    /** The headword's entry (looked up in lower case), or null. */
    public Entry entry(String headword) {
        return entries.get(headword.toLowerCase(Locale.ROOT));
    }

    /** Every headword's entry, headwords in lower case. */
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
            if (entries.containsKey(text.substring(from, end).toLowerCase(Locale.ROOT))) {
                return text.substring(from, end);
            }
        }
        return "";
    }
}
