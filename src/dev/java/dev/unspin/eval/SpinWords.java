package dev.unspin.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text as the test spinner sees them. A word is swappable when it is plain letters
 * (no digits, hyphens or apostrophes: numbers and compounds are left alone) and either lower case
 * or capitalised at the start of a sentence; a capitalised word inside a sentence is a name.
 */
final class SpinWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*");
    private static final Pattern PLAIN = Pattern.compile("[a-z]+|[A-Z][a-z]*");

    /** Words that carry grammar rather than content; never counted as content, never swapped. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these",
            "those", "there", "here", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "whether",
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
            "them", "their", "one", "ones", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into",
            "onto", "over", "under", "up", "down", "out", "off", "about", "as", "per", "via", "since", "until",
            "through", "across", "along", "against", "among", "between", "within", "behind", "towards", "past",
            "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "having", "do", "does",
            "did", "will", "shall", "may", "might", "can", "must", "not", "no", "all", "any", "each", "every",
            "some", "such", "own", "other", "both", "more", "much", "very", "too", "just", "only", "even", "also");

    private SpinWords() {
    }

    /** A word at [start, end) of the text. */
    record Word(int start, int end, String text, boolean swappable) {
        boolean content() {
            return text.chars().allMatch(Character::isLetter) && !FUNCTION_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT));
        }

        boolean lowerCase() {
            return text.chars().allMatch(Character::isLowerCase);
        }

        /** Whether the characters [from, to) of the word are all lower-case letters. */
        boolean lowerCase(int from, int to) {
            return text.substring(from, to).chars().allMatch(Character::isLowerCase);
        }
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            boolean plain = PLAIN.matcher(w).matches();
            boolean swappable = plain && (Character.isLowerCase(w.charAt(0)) || sentenceStart(text, m.start()));
            words.add(new Word(m.start(), m.end(), w, swappable));
        }
        return words;
    }

    static long contentWords(List<Word> words) {
        return words.stream().filter(Word::content).count();
    }

    /** Whether only spaces and opening quotes stand between the start of the text or a sentence end and {@code pos}. */
    static boolean sentenceStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || isQuote(text.charAt(i)) && openingQuote(text, i))) {
            i--;
        }
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0
                || isQuote(text.charAt(i)) && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
    }

    private static boolean openingQuote(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1));
    }
}
