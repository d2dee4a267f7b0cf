package dev.unspin.fix;

import java.util.List;
import java.util.Locale;

/**
 * "a" or "an" before a fix's replacement, by the replacement's first sound, so that fixing
 * "a synthetic intelligence" gives "an artificial intelligence", not "a artificial intelligence".
 * The rule is kept simple: "an" before a vowel letter and "a" before any other letter, except
 * <ul>
 *   <li>"a" before a vowel letter sounded as a consonant: words starting {@code uni} (not
 *       {@code unim}/{@code unin}: "an unimportant"), {@code use}, {@code usu}, {@code uti},
 *       {@code ubiq}, {@code ura}, {@code uri}, {@code eu}, {@code ewe}, and the words "one" and "once"
 *       ("a one-off");</li>
 *   <li>"an" before a silent h: {@code hour}, {@code honest}, {@code honour}, {@code honor},
 *       {@code heir};</li>
 *   <li>initialisms (2–5 capitals, in a text not written in capitals) by the name of their first
 *       letter: "an MP", "an FBI", "a UN".</li>
 * </ul>
 * A replacement starting with anything but a letter (a digit, a symbol) leaves the article as it is.
 */
final class ArticleAgreement {
    private static final List<String> CONSONANT_VOWELS = List.of("use", "usu", "uti", "ubiq", "ura", "uri", "eu", "ewe");
    private static final List<String> SILENT_H = List.of("hour", "honest", "honour", "honor", "heir");
    /** Letters whose names start with a vowel sound: "an F", "an MP". */
    private static final String VOWEL_NAMED_LETTERS = "AEFHILMNORSX";

    private ArticleAgreement() {
    }

    /**
     * The replacement, widened to take in the article right before it when that article must
     * change; {@code notBefore} is where the text may be touched from (the end of the previous fix).
     */
    static Replacement adjust(String original, Replacement r, int notBefore, ProtectedRegions protectedRegions) {
        int space = r.start();
        while (space > 0 && Character.isWhitespace(original.charAt(space - 1))) {
            space--;
        }
        String gap = original.substring(space, r.start());
        if (gap.isEmpty() || gap.chars().filter(c -> c == '\n').count() > 1) {
            return r;
        }
        int articleStart = space;
        while (articleStart > 0 && Character.isLetter(original.charAt(articleStart - 1)) && space - articleStart < 3) {
            articleStart--;
        }
        String article = original.substring(articleStart, space);
        boolean wordStart = articleStart == 0 || !isWordChar(original.charAt(articleStart - 1));
        if (!wordStart || !(article.equalsIgnoreCase("a") || article.equalsIgnoreCase("an"))
                || articleStart < notBefore || protectedRegions.overlaps(articleStart, space)) {
            return r;
        }
        Boolean an = needsAn(r.text(), original.substring(r.start(), r.end()));
        if (an == null || an == article.equalsIgnoreCase("an")) {
            return r;
        }
        return new Replacement(articleStart, r.end(), recase(an ? "an" : "a", article, r.text()) + gap + r.text());
    }

    /** Whether "an" goes before this text (true), "a" (false), or neither is known (null). */
    static Boolean needsAn(String text, String replaced) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
            return null;
        }
        String word = text.split("[^\\p{L}]", 2)[0];
        if (word.length() >= 2 && word.length() <= 5 && word.equals(word.toUpperCase(Locale.ROOT))
                && !replaced.equals(replaced.toUpperCase(Locale.ROOT))) {
            return VOWEL_NAMED_LETTERS.indexOf(word.charAt(0)) >= 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("one") || lower.equals("once")
                || lower.startsWith("uni") && !lower.startsWith("unim") && !lower.startsWith("unin")
                || CONSONANT_VOWELS.stream().anyMatch(lower::startsWith)) {
            return false;
        }
        if (SILENT_H.stream().anyMatch(lower::startsWith)) {
            return true;
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0;
    }

    /** The new article in the old one's case: "A" → "An", "AN" → "A", and "A" → "AN" before a word in capitals. */
    private static String recase(String article, String old, String replacement) {
        if (old.length() == 2 && old.equals(old.toUpperCase(Locale.ROOT))
                || old.equals("A") && replacement.length() > 1 && replacement.equals(replacement.toUpperCase(Locale.ROOT))) {
            return article.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(old.charAt(0))) {
            return Character.toUpperCase(article.charAt(0)) + article.substring(1);
        }
        return article;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-' || c == '_';
    }
}
