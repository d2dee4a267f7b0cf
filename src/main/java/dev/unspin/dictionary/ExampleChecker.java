package dev.unspin.dictionary;

import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every entry's own examples: the {@code flag} sentence must be matched by the entry, the
 * {@code pass} sentence must not be, and must share a content word with the phrase (so that it
 * really tests a near miss). Also reports entries that duplicate another without conditions.
 */
public final class ExampleChecker {
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "with", "from", "into", "that",
            "this", "was", "were", "are", "has", "have", "had", "its", "their", "his", "her", "our", "your", "not",
            "but", "all", "any", "one", "out", "off", "over", "upon", "onto", "than", "then", "been", "being", "who",
            "which", "what", "some", "such", "per", "via", "about", "after", "before", "under", "through", "by", "to",
            "of", "in", "on", "at", "as", "an", "it", "is", "be", "or", "if", "so", "no", "up", "we", "he", "me", "my");

    private final PhraseDictionary dictionary;
    private final DictionaryDetector detector;

    public ExampleChecker(PhraseDictionary dictionary) {
        this.dictionary = dictionary;
        this.detector = new DictionaryDetector(dictionary);
    }

    /** Every problem found, one line each, starting with the entry's file and line. */
    public List<String> check() {
        List<String> problems = new ArrayList<>();
        for (DictionaryEntry entry : dictionary.entries()) {
            problems.addAll(check(entry));
        }
        problems.addAll(duplicates());
        return problems;
    }

    public List<String> check(DictionaryEntry entry) {
        List<String> problems = new ArrayList<>();
        CheckSettings settings = new CheckSettings(entry.sourceLanguages().stream().sorted().findFirst(), 0.0);
        String where = entry.location() + ": '" + entry.spun() + "': ";
        if (detector.detectOnly(new Document("flag", entry.flagExample()), settings, entry).isEmpty()) {
            problems.add(where + "does not flag its flag example: " + entry.flagExample());
        }
        Document pass = new Document("pass", entry.passExample());
        if (!detector.detectOnly(pass, settings, entry).isEmpty()) {
            problems.add(where + "flags its pass example: " + entry.passExample());
        }
        if (!sharesContentWord(entry, pass)) {
            problems.add(where + "pass example shares no content word with the phrase: " + entry.passExample());
        }
        return problems;
    }

    /**
     * Whether the pass example shares a content word (or hyphenated part of one) with the phrase,
     * or with its first fix: a near miss of the phrase, or the correct wording it stands for. A
     * phrase of function words only ("through" for "by") must share one of those.
     */
    private static boolean sharesContentWord(DictionaryEntry entry, Document pass) {
        Set<String> passWords = wordsAndParts(pass.tokens().stream().map(Token::lower).toList());
        Set<String> candidates = new HashSet<>();
        for (PatternToken p : entry.pattern()) {
            p.forms().forEach(candidates::add);
        }
        String fix = entry.fixes().get(0).replaceAll("[{}]", "");
        Tokenizer.tokenize(fix).forEach(t -> candidates.add(t.lower()));
        Set<String> words = wordsAndParts(candidates);
        boolean onlyFunctionWords = words.stream().allMatch(w -> !isContentWord(w));
        for (String word : words) {
            if ((isContentWord(word) || onlyFunctionWords) && passWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContentWord(String word) {
        return word.length() >= 2 && word.chars().anyMatch(Character::isLetter) && !FUNCTION_WORDS.contains(word);
    }

    private static Set<String> wordsAndParts(Iterable<String> words) {
        Set<String> result = new HashSet<>();
        for (String w : words) {
            result.add(w);
            result.addAll(List.of(w.split("-")));
        }
        return result;
    }

    private List<String> duplicates() {
        Map<String, List<DictionaryEntry>> bySpun = new HashMap<>();
        for (DictionaryEntry e : dictionary.entries()) {
            bySpun.computeIfAbsent(e.spun().toLowerCase(java.util.Locale.ROOT) + "|" + e.sourceLanguages(),
                    k -> new ArrayList<>()).add(e);
        }
        List<String> problems = new ArrayList<>();
        for (List<DictionaryEntry> same : bySpun.values()) {
            if (same.size() > 1 && same.stream().anyMatch(e -> e.conditions().equals(ContextConditions.NONE))) {
                problems.add(same.get(1).location() + ": '" + same.get(1).spun() + "' duplicates the entry at "
                        + same.get(0).location());
            }
        }
        return problems;
    }
}
