package dev.unspin.text;

import java.util.Locale;
import java.util.Set;

/** The capitalisation of a stretch of text, so a replacement can be written the same way. */
public enum CaseStyle {
    /** Lower case or mixed: the replacement is used as written. */
    AS_WRITTEN,
    /** First letter upper case: "Court docket" -> "Court". */
    CAPITALISED,
    /** Every word capitalised, as in a headline: "Local Weather Exchange" -> "Climate Change". */
    TITLE,
    /** All letters upper case: "GOVT" -> "GOVERNMENT". */
    UPPER;

    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "but", "or", "nor", "of", "in",
            "on", "at", "to", "by", "for", "with", "as", "from", "into");

    public static CaseStyle of(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters >= 2 && upper == letters) {
            return UPPER;
        }
        if (letters == 0 || !Character.isUpperCase(firstLetter(text))) {
            return AS_WRITTEN;
        }
        String[] words = text.trim().split("\\s+");
        if (words.length >= 2 && allSignificantWordsCapitalised(words)) {
            return TITLE;
        }
        return CAPITALISED;
    }

    public String apply(String replacement) {
        return switch (this) {
            case AS_WRITTEN -> replacement;
            case UPPER -> replacement.toUpperCase(Locale.ROOT);
            case CAPITALISED -> capitalise(replacement);
            case TITLE -> title(replacement);
        };
    }

    private static boolean allSignificantWordsCapitalised(String[] words) {
        for (String word : words) {
            if (!MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT)) && Character.isLowerCase(firstLetter(word))) {
                return false;
            }
        }
        return true;
    }

    private static String title(String text) {
        String[] words = text.split(" ", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(i == 0 || !MINOR_WORDS.contains(words[i]) ? capitalise(words[i]) : words[i]);
        }
        return out.toString();
    }

    private static String capitalise(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.substring(0, i) + Character.toUpperCase(text.charAt(i)) + text.substring(i + 1);
            }
        }
        return text;
    }

    private static char firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }
}
