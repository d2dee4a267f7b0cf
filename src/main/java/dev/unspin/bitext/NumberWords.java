package dev.unspin.bitext;

import dev.unspin.bilingual.BilingualDictionary;
import dev.unspin.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words next to a number, compared by a bilingual dictionary ({@link SourceRule#NUMBER_WORD}): the source
 * word right after a number ("第十六<b>届</b>", "3 <b>Dateien</b>") should have one of its dictionary
 * translations among the target's words near the same number. Left alone: numbers inside a longer dictionary
 * word (一些, 十八大), measure words (个, 只: English has none), words English leaves implicit next to a
 * number (dates and times: 年, 月, 日; 人 "people"), function words, words the dictionary lacks, and numbers
 * the target does not have (source/number-mismatch reports those). A function word is one the dictionary translates
 * with a single English function word somewhere ("und": and, "si": if); in languages written with spaces, words
 * of one or two letters and words in capitals (placeholders, abbreviations) are left alone too.
 */
final class NumberWords {
    /** How many words before the target's number, and after it, may translate the word after the source's number. */
    private static final int BEFORE = 3;
    private static final int AFTER = 4;
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{L}+");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]+");
    /** Characters between a number and its word: approximation marks (多 "more than", 余, 来, 几), spaces, percent signs. */
    private static final String BETWEEN = " \u00A0%％多余来几";
    /** Source words English leaves implicit next to a number, by language. */
    private static final Map<String, Set<String>> IMPLICIT = Map.of(
            "zh", Set.of("年", "月", "日", "号", "时", "点", "分", "秒", "人", "的", "地", "得", "和", "与", "及", "或", "至", "到", "因",
                    "为", "在", "是", "等", "了", "也", "都", "就", "而", "经", "以", "之", "后", "前", "左右", "以上", "以下", "中"),
            "ja", Set.of("年", "月", "日", "時", "分", "秒", "人", "の", "と", "や", "か", "を", "に", "が", "は", "で", "も", "へ", "から",
                    "まで", "より", "など", "以上", "以下", "前", "後", "ほど", "程", "余り", "近く"));

    /** Unit abbreviations of English text and the word a dictionary translates them with. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("cm", "centimeter"), Map.entry("mm", "millimeter"),
            Map.entry("km", "kilometer"), Map.entry("m", "meter"), Map.entry("kg", "kilogram"), Map.entry("g", "gram"),
            Map.entry("mg", "milligram"), Map.entry("t", "ton"), Map.entry("l", "liter"), Map.entry("ml", "milliliter"),
            Map.entry("ft", "foot"), Map.entry("mi", "mile"), Map.entry("lb", "pound"), Map.entry("lbs", "pound"),
            Map.entry("h", "hour"), Map.entry("hr", "hour"), Map.entry("hrs", "hour"), Map.entry("min", "minute"),
            Map.entry("s", "second"), Map.entry("sec", "second"), Map.entry("yr", "year"), Map.entry("yrs", "year"),
            Map.entry("mph", "mile"), Map.entry("sq", "square"), Map.entry("pct", "percent"));
    /** English words {@link Numbers} reads as 1 that are articles, not numbers. */
    private static final Set<String> ARTICLES = Set.of("a", "an");

    private NumberWords() {
    }

    /** A target number whose source word has no translation near it. */
    record Miss(int start, int end, String sourceWord, String number, List<String> translations) {
    }

    static List<Miss> check(String source, String target, String language, BilingualDictionary dictionary) {
        List<Miss> misses = new ArrayList<>();
        List<Numbers.Found> targetNumbers = Numbers.in(target, "en").stream()
                .filter(t -> !ARTICLES.contains(target.substring(t.start(), t.end()).toLowerCase(Locale.ROOT))).toList();
        if (targetNumbers.isEmpty()) {
            return misses;
        }
        List<int[]> targetWords = new ArrayList<>();
        Matcher w = ENGLISH_WORD.matcher(target);
        while (w.find()) {
            targetWords.add(new int[] {w.start(), w.end()});
        }
        boolean spaced = !language.equals("zh") && !language.equals("ja");
        Set<String> implicit = IMPLICIT.getOrDefault(language, Set.of());
        for (Numbers.Found n : Numbers.in(source, language)) {
            if (!spaced && (insideWord(source, n, dictionary) || source.substring(n.start(), n.end()).equals("一"))) {
                continue; // the numeral is part of a word, or 一 "a", "this"
            }
            String word = wordAfter(source, n.end(), spaced, dictionary);
            BilingualDictionary.Entry entry = word.isEmpty() ? null : dictionary.entry(word);
            String firstCharacter = word.isEmpty() ? "" : word.substring(0, 1);
            BilingualDictionary.Entry firstEntry = spaced || word.isEmpty() ? null : dictionary.entry(firstCharacter);
            if (entry == null || entry.translations().isEmpty() || entry.measureWord() || implicit.contains(word) || implicit.contains(firstCharacter)
                    || firstEntry != null && firstEntry.measureWord()
                    || entry.oneWordTranslations().stream().anyMatch(t -> Lexicon.english().isFunctionWord(t))
                    || spaced && (word.length() < 3 || word.equals(word.toUpperCase(Locale.ROOT)))) {
                continue;
            }
            List<Numbers.Found> same = targetNumbers.stream().filter(t -> Math.abs(t.value() - n.value()) < 1e-9 * Math.max(1, n.value())).toList();
            if (same.isEmpty() || same.stream().anyMatch(t -> translatedNear(target, targetWords, t, entry))) {
                continue;
            }
            Numbers.Found first = same.get(0);
            misses.add(new Miss(first.start(), first.end(), word, source.substring(n.start(), n.end()),
                    entry.translations().stream().limit(4).toList()));
        }
        return misses;
    }

    /**
     * Whether a dictionary word holds the numeral and more: one starting at it (一些 "some", 十八大) or one
     * starting before it (进一步 "further"; ordinals with 第 aside).
     */
    private static boolean insideWord(String source, Numbers.Found n, BilingualDictionary dictionary) {
        if (dictionary.longestHeadwordAt(source, n.start()).length() > n.end() - n.start()) {
            return true;
        }
        for (int from = Math.max(0, n.start() - 4); from < n.start(); from++) {
            if (source.charAt(from) != '第' && from + dictionary.longestHeadwordAt(source, from).length() > n.start()) {
                return true;
            }
        }
        return false;
    }

    /** The word starting after {@code from} and the characters {@link #BETWEEN}; "" when a non-word comes first. */
    private static String wordAfter(String source, int from, boolean spaced, BilingualDictionary dictionary) {
        int i = from;
        while (i < source.length() && BETWEEN.indexOf(source.charAt(i)) >= 0) {
            i++;
        }
        if (i >= source.length() || !Character.isLetter(source.charAt(i))) {
            return "";
        }
        if (!spaced) {
            return dictionary.longestHeadwordAt(source, i);
        }
        Matcher m = LATIN_WORD.matcher(source);
        return m.find(i) && m.start() == i ? m.group() : "";
    }

    private static boolean translatedNear(String target, List<int[]> words, Numbers.Found number, BilingualDictionary.Entry entry) {
        int first = 0;
        while (first < words.size() && words.get(first)[1] <= number.start()) {
            first++;
        }
        int last = first;
        while (last < words.size() && words.get(last)[0] < number.end()) {
            last++;
        }
        for (int k = Math.max(0, first - BEFORE); k < Math.min(words.size(), last + AFTER); k++) {
            String written = target.substring(words.get(k)[0], words.get(k)[1]);
            String word = ABBREVIATIONS.getOrDefault(written, written);
            if (entry.translations().stream().anyMatch(t -> sameWord(word, t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a target word is a form of a dictionary's translation word: the same word, the same first
     * letters (all but the last two, at least four: "economy" and "economic"), or the same lemma ("feet", "foot").
     */
    static boolean sameWord(String targetWord, String translation) {
        String word = targetWord.toLowerCase(Locale.ROOT);
        if (word.equals(translation)) {
            return true;
        }
        int shorter = Math.min(word.length(), translation.length());
        if (shorter >= 4 && word.regionMatches(0, translation, 0, Math.max(4, shorter - 2))) {
            return true;
        }
        Set<String> lemmas = new HashSet<>();
        Lexicon.english().analyse(word).forEach(a -> lemmas.add(a.lemma().toLowerCase(Locale.ROOT)));
        return lemmas.contains(translation)
                || Lexicon.english().analyse(translation).stream().anyMatch(a -> lemmas.contains(a.lemma().toLowerCase(Locale.ROOT)));
    }
}
