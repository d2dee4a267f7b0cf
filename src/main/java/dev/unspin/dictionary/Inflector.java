package dev.unspin.dictionary;

import dev.unspin.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands a lemma to its inflected forms and inflects a suggestion the way the text was inflected,
 * with LanguageTool's English morphology dictionaries.
 */
final class Inflector {
    /** Tags tried in this order, so a form that is both past tense and participle inflects as past. */
    private static final List<String> TAGS = List.of("VBD", "VBN", "VBG", "VBZ", "NNS", "VBP", "VB", "NN", "NN:UN", "JJR", "JJS", "JJ");

    /** Tags under which a lemma is its own form; these win when the text has the bare lemma. */
    private static final List<String> BASE_TAGS = List.of("VB", "VBP", "NN", "NN:UN", "JJ");

    private final Lexicon lexicon;

    Inflector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Every form of the lemma with the tags it carries; the lemma itself is always a form, and its
     * base-form tags come first ("become" is read as the base form, not the participle).
     */
    Map<String, List<String>> formsOf(String lemma) {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put(lemma, new ArrayList<>());
        for (String tag : BASE_TAGS) {
            if (lexicon.forms(lemma, tag).contains(lemma)) {
                forms.get(lemma).add(tag);
            }
        }
        for (String tag : TAGS) {
            for (String form : lexicon.forms(lemma, tag)) {
                List<String> tags = forms.computeIfAbsent(form.toLowerCase(java.util.Locale.ROOT), f -> new ArrayList<>());
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
        }
        return forms;
    }

    /**
     * The form of {@code lemma} for the first of {@code tags} it has, or the lemma itself. Where a
     * tag has several forms ("cameras", "camerae"), the regular one wins.
     */
    String inflect(String lemma, List<String> tags) {
        for (String tag : tags) {
            List<String> forms = List.copyOf(lexicon.forms(lemma, tag));
            if (!forms.isEmpty()) {
                return forms.stream().filter(f -> isRegular(f, tag)).findFirst().orElse(forms.get(0));
            }
        }
        return lemma;
    }

    private static boolean isRegular(String form, String tag) {
        return switch (tag) {
            case "NNS", "VBZ" -> form.endsWith("s");
            case "VBD", "VBN" -> form.endsWith("ed");
            default -> Character.isLetter(form.charAt(0));
        };
    }
}
