package dev.unspin.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fast Penn-Treebank-like tokenizer over normalised text: words keep inner hyphens and
 * apostrophes ({@code test-fired}, {@code o'clock}), dotted abbreviations stay whole
 * ({@code U.S.}), numbers keep inner separators ({@code 1,000}, {@code 3.5}), clitics
 * ({@code 's 're 've 'll 'd 'm n't}) are tokens of their own, every other symbol is one token.
 * Dictionary phrases are tokenized by the same class, so text and phrases always agree.
 */
public final class Tokenizer {
    private static final String[] APOSTROPHE_CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m"};

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                addWord(tokens, text, i, end);
                i = end;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                add(tokens, text, i, end, TokenKind.PUNCT);
                i = end;
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        if (isDottedAbbreviation(text, start)) {
            int i = start;
            while (i + 1 < n && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.') {
                i += 2;
            }
            return i;
        }
        boolean number = Character.isDigit(text.charAt(start));
        int i = start + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '-' || c == '\'') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i += 2;
            } else if (number && (c == ',' || c == '.') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** "U.S." or "U.N.": single letters each followed by a dot, at least two of them. */
    private static boolean isDottedAbbreviation(String text, int start) {
        int n = text.length();
        return start + 3 < n
                && Character.isLetter(text.charAt(start)) && text.charAt(start + 1) == '.'
                && Character.isLetter(text.charAt(start + 2)) && text.charAt(start + 3) == '.'
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    }

    private static void addWord(List<Token> tokens, String text, int start, int end) {
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        int split = cliticStart(lower);
        if (split > 0) {
            add(tokens, text, start, start + split, kindOf(text.charAt(start)));
            add(tokens, text, start + split, end, TokenKind.WORD);
        } else {
            add(tokens, text, start, end, kindOf(text.charAt(start)));
        }
    }

    private static int cliticStart(String lower) {
        if (lower.endsWith("n't") && lower.length() > 3) {
            return lower.length() - 3;
        }
        for (String clitic : APOSTROPHE_CLITICS) {
            if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
                return lower.length() - clitic.length();
            }
        }
        return -1;
    }

    private static TokenKind kindOf(char first) {
        return Character.isDigit(first) ? TokenKind.NUMBER : TokenKind.WORD;
    }

    private static void add(List<Token> tokens, String text, int start, int end, TokenKind kind) {
        String surface = text.substring(start, end);
        tokens.add(new Token(tokens.size(), start, end, surface, surface.toLowerCase(Locale.ROOT), kind));
    }
}
