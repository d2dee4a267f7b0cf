package dev.unspin.dictionary;

import dev.unspin.engine.Category;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spinner's own swap habits, read backwards out of the dictionary: an entry "nuclear fingers
 * program" → "nuclear arms program" says spinners write "fingers" for "arms", wherever it occurs.
 * Each entry's spun phrase and first fix are aligned word by word ({@link WordAlignment}); each
 * stretch that differs (one or two words on each side) is a swap, so "sooner than the tip" →
 * "before the end" gives two. A one-word swap written with {lemma} markers holds
 * for every form ("{gun}" → "{weapon}": guns → weapons, gun → weapon). A swap seen in several
 * entries has more support. A stretch longer than that, with one part a swap known from other
 * entries, gives its other part ("contemporary learn about" → "new study", with learn about →
 * study known: contemporary → new).
 * Machine-translation entries are left out: they are not swaps of one word for another. So is an
 * entry that is a swap as a whole but holds only in contexts its conditions name, and so are its
 * parts: its author decided where it is a spin, and elsewhere the model would only undo that
 * decision ("bosom peril" → "breast cancer risk" but not before "factor" must not teach the model
 * that "peril" is "cancer risk").
 */
public final class SwapVocabulary {
    /** Longest spun side of a swap, in words. */
    public static final int MAX_WORDS = 2;

    /** One way back: the spun words and what they most likely replaced, with how many entries show it. */
    public record Swap(String[] spun, String[] original, int support) {
        public String originalText() {
            return String.join(" ", original);
        }
    }

    /** Words of an entry's spun phrase and the words of its fix they stand for, too many for one swap. */
    private record Stretch(String[] spun, String[] original) {
    }

    private final Map<String, List<Swap>> bySpun;

    private SwapVocabulary(Map<String, List<Swap>> bySpun) {
        this.bySpun = bySpun;
    }

    /** The dictionary's swaps (made once per dictionary; the packaged one's were made by the build). */
    public static SwapVocabulary of(PhraseDictionary dictionary) {
        return dictionary.swapVocabulary();
    }

    /** Swaps already read (from the compiled dictionary), by their spun words. */
    static SwapVocabulary ofSwaps(Map<String, List<Swap>> bySpun) {
        return new SwapVocabulary(bySpun);
    }

    /** Every swap, by its spun words (lower case, space-separated). */
    Map<String, List<Swap>> bySpun() {
        return bySpun;
    }

    static SwapVocabulary readBackwards(PhraseDictionary dictionary) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        List<Stretch> tooLong = new ArrayList<>();
        for (DictionaryEntry entry : dictionary.entries()) {
            if (entry.category() == Category.MACHINE_TRANSLATION || !entry.sourceLanguages().isEmpty()) {
                continue;
            }
            String[] spun = words(entry.spun());
            String[] fix = words(entry.fixes().get(0));
            List<WordAlignment.Difference> differences = WordAlignment.differences(spun, fix);
            if (differences.size() == 1 && differences.get(0).isWhole(spun, fix)
                    && !entry.conditions().equals(ContextConditions.NONE)) {
                continue; // the whole entry, whose author said in which contexts it is a spin
            }
            for (WordAlignment.Difference difference : differences) {
                String[] from = Arrays.copyOfRange(spun, difference.spunFrom(), difference.spunTo());
                String[] to = Arrays.copyOfRange(fix, difference.fixFrom(), difference.fixTo());
                if (from.length < 1 || to.length < 1
                        || !Arrays.stream(from).allMatch(SwapVocabulary::isWord) || !Arrays.stream(to).allMatch(SwapVocabulary::isWord)) {
                    continue;
                }
                if (from.length > MAX_WORDS || to.length > MAX_WORDS) {
                    tooLong.add(new Stretch(from, to));
                    continue;
                }
                // the pattern has a token per word unless the tokenizer split one ("don't"); then no forms
                PatternToken token = entry.pattern().size() == spun.length ? entry.pattern().get(difference.spunFrom()) : null;
                if (from.length == 1 && to.length == 1 && token != null && token.isInflected()
                        && entry.fixes().get(0).contains("{" + to[0] + "}")) {
                    token.formTags().forEach((form, tags) -> count(counts, form, dictionary.inflector().inflect(to[0], tags)));
                } else {
                    count(counts, String.join(" ", from), String.join(" ", to));
                }
            }
        }
        Map<String, Map<String, Integer>> direct = new HashMap<>();
        counts.forEach((spun, originals) -> direct.put(spun, Map.copyOf(originals)));
        for (Stretch stretch : tooLong) {
            splitByKnownSwap(stretch, direct, counts);
        }
        Map<String, List<Swap>> bySpun = new HashMap<>();
        counts.forEach((spun, originals) -> {
            List<Swap> swaps = new ArrayList<>();
            originals.forEach((original, support) -> swaps.add(new Swap(spun.split(" "), original.split(" "), support)));
            swaps.sort(Comparator.comparingInt(Swap::support).reversed().thenComparing(Swap::originalText));
            bySpun.put(spun, List.copyOf(swaps));
        });
        return new SwapVocabulary(bySpun);
    }

    /**
     * A stretch too long to be one swap may be two, one of them known from other entries: "contemporary learn
     * about" → "new study", with "learn about" → "study" known, gives "contemporary" → "new". Only swaps read
     * directly from entries serve as the known part, so the result does not depend on the entries' order.
     */
    private static void splitByKnownSwap(Stretch stretch, Map<String, Map<String, Integer>> direct,
                                         Map<String, Map<String, Integer>> counts) {
        String[] from = stretch.spun();
        String[] to = stretch.original();
        for (int spunCut = 1; spunCut < from.length; spunCut++) {
            for (int fixCut = 1; fixCut < to.length; fixCut++) {
                String[] spunHead = Arrays.copyOfRange(from, 0, spunCut);
                String[] spunTail = Arrays.copyOfRange(from, spunCut, from.length);
                String[] fixHead = Arrays.copyOfRange(to, 0, fixCut);
                String[] fixTail = Arrays.copyOfRange(to, fixCut, to.length);
                if (isKnown(direct, spunHead, fixHead) && fitsOneSwap(spunTail, fixTail)) {
                    count(counts, String.join(" ", spunTail), String.join(" ", fixTail));
                    return;
                }
                if (isKnown(direct, spunTail, fixTail) && fitsOneSwap(spunHead, fixHead)) {
                    count(counts, String.join(" ", spunHead), String.join(" ", fixHead));
                    return;
                }
            }
        }
    }

    private static boolean isKnown(Map<String, Map<String, Integer>> direct, String[] spun, String[] original) {
        return direct.getOrDefault(String.join(" ", spun), Map.of()).containsKey(String.join(" ", original));
    }

    private static boolean fitsOneSwap(String[] spun, String[] original) {
        return spun.length <= MAX_WORDS && original.length <= MAX_WORDS;
    }

    private static void count(Map<String, Map<String, Integer>> counts, String spun, String original) {
        if (!spun.equals(original)) {
            counts.computeIfAbsent(spun, k -> new HashMap<>()).merge(original, 1, Integer::sum);
        }
    }

    /** The swaps whose spun side is exactly these words (lower case, space-separated); empty if none. */
    public List<Swap> backFrom(String spunWords) {
        return bySpun.getOrDefault(spunWords, List.of());
    }

    public int size() {
        return bySpun.values().stream().mapToInt(List::size).sum();
    }

    /** Lower-case words of a phrase, {lemma} markers reduced to the lemma. */
    private static String[] words(String phrase) {
        return phrase.replace("{", "").replace("}", "").toLowerCase(Locale.ROOT).trim().split("\\s+");
    }

    private static boolean isWord(String token) {
        return token.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }
}
