package dev.unspin.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence boundaries over tokens: after '.', '!' or '?' (and any closing quotes or
 * brackets) when the next token starts a sentence and the word before the stop is not a known
 * abbreviation; and at every paragraph break (a blank line) or line that starts a list item.
 * Text without punctuation (lists, glosses, verse) would make one endless "sentence", so a
 * sentence longer than {@value #LONG_SENTENCE} tokens is also split at its line breaks, and any
 * piece still longer than {@value #MAX_TOKENS} tokens is cut: analysers downstream (LanguageTool)
 * slow down badly on huge sentences.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "rev", "lt", "col",
            "capt", "sgt", "maj", "cmdr", "adm", "inc", "co", "corp", "ltd", "vs", "etc", "no", "vol", "fig",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept",
            "est", "mt", "ft", "e.g", "i.e", "al");

    static final int LONG_SENTENCE = 120;
    static final int MAX_TOKENS = 250;

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            if (last || endsSentenceAfter(text, tokens, i)) {
                addBounded(text, tokens, first, i + 1, sentences);
                first = i + 1;
            }
        }
        return sentences;
    }

    /** Adds tokens [first, end) as one sentence, or as several if it is too long. */
    private static void addBounded(String text, List<Token> tokens, int first, int end, List<Sentence> sentences) {
        int from = first;
        for (int i = first; i < end; i++) {
            boolean lineBreakAfter = end - first > LONG_SENTENCE && i + 1 < end
                    && newlinesBetween(text, tokens.get(i).end(), tokens.get(i + 1).start()) > 0;
            if (i + 1 == end || lineBreakAfter || i + 1 - from == MAX_TOKENS) {
                sentences.add(new Sentence(sentences.size(), from, i + 1, tokens.get(from).start(), tokens.get(i).end()));
                from = i + 1;
            }
        }
    }

    private static boolean endsSentenceAfter(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (paragraphBreakBetween(text, token.end(), next.start())) {
            return true;
        }
        if (isClosing(token.text()) || !isStop(token.text())) {
            return isClosing(token.text()) && i > 0 && isStop(tokens.get(i - 1).text())
                    && tokens.get(i - 1).end() == token.start() && startsSentence(next);
        }
        if (isClosing(next.text()) && next.start() == token.end()) {
            return false;
        }
        if (token.text().equals(".") && i > 0 && isAbbreviation(tokens.get(i - 1))) {
            return false;
        }
        return startsSentence(next);
    }

    private static boolean isStop(String t) {
        return t.equals(".") || t.equals("!") || t.equals("?");
    }

    private static boolean isClosing(String t) {
        return t.equals("\"") || t.equals("'") || t.equals(")") || t.equals("]");
    }

    private static boolean startsSentence(Token next) {
        char c = next.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '(' || c == '-';
    }

    private static boolean isAbbreviation(Token word) {
        return word.isWord() && (ABBREVIATIONS.contains(word.lower()) || word.text().length() == 1);
    }

    private static boolean paragraphBreakBetween(String text, int from, int to) {
        int newlines = newlinesBetween(text, from, to);
        return newlines >= 2 || newlines == 1 && to < text.length() && isListMarker(text.charAt(to));
    }

    private static int newlinesBetween(String text, int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                newlines++;
            }
        }
        return newlines;
    }

    private static boolean isListMarker(char c) {
        return c == '-' || c == '*' || c == '#' || c == '>' || c == '\u2022';
    }
}
