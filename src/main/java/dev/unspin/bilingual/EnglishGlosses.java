package dev.unspin.bilingual;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English words of a dictionary's translation text ("to believe; to think (that)" → believe, think): its
 * words of three letters or more, in lower case, without the labels and remarks between brackets and without
 * the words every gloss uses (to, the, of, sth...).
 */
final class EnglishGlosses {
    private static final Pattern BRACKETED = Pattern.compile("<[^>]*>|\\[[^]]*]|\\([^)]*\\)|\\{[^}]*}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern ONE_WORD = Pattern.compile("[a-z]+");
    private static final Set<String> GLOSS_WORDS = Set.of("the", "and", "for", "with", "from", "sth", "someone", "something",
            "one", "etc", "used", "also", "see", "variant", "kind", "type", "its", "that", "this", "any", "sb", "esp", "lit", "fig",
            "abbr", "usu", "are", "was", "were", "not", "has", "have", "been");

    private EnglishGlosses() {
    }

    /** The words of one translation text, added to {@code into}. */
    static Set<String> words(String translation, Set<String> into) {
        Matcher m = WORD.matcher(withoutBrackets(translation));
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!GLOSS_WORDS.contains(word)) {
                into.add(word);
            }
        }
        return into;
    }

    /** The translation, in lower case and without bracketed labels, when it is one word (of any length); else null. */
    static String oneWord(String translation) {
        String bare = withoutBrackets(translation).strip().toLowerCase(Locale.ROOT);
        return ONE_WORD.matcher(bare).matches() ? bare : null;
    }

    /** The text with its labels and remarks between brackets (grammar, domain, notes) each replaced by a space. */
    static String withoutBrackets(String translation) {
        for (int i = 0; i < translation.length(); i++) {
            char c = translation.charAt(i);
            if (c == '(' || c == '[' || c == '<' || c == '{') {
                return BRACKETED.matcher(translation).replaceAll(" ");
            }
        }
        return translation;
    }
}
