package dev.unspin.eval;

import dev.unspin.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A machine-translation-like noise process, not a thesaurus: the errors a poor round trip through
 * another language leaves in English. From its table ({@link MtNoiseTable}): a polysemous word in its
 * other sense or a false friend ("time" → "weather"), the pivot language's preposition ("in" → "on"),
 * a word left untranslated ("government" → "gobierno"). By rule: a dropped article ("the house" →
 * "house"), a calqued possessive ("company's profits" → "profits of the company") and a calqued
 * noun-adjective order ("white house" → "house white"). Only lower-case words between single spaces
 * are touched, so names and numbers stay.
 */
final class MtNoiseSpinner implements Spinner {
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private final MtNoiseTable table;
    private final Lexicon lexicon = Lexicon.english();

    MtNoiseSpinner(MtNoiseTable table) {
        this.table = table;
    }

    @Override
    public List<Replacement> candidates(String text, List<SpinWords.Word> words, Random random) {
        List<Replacement> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            SpinWords.Word w = words.get(i);
            SpinWords.Word next = i + 1 < words.size() && spaceBetween(text, w, words.get(i + 1)) ? words.get(i + 1) : null;
            List<String> replacements = w.lowerCase() ? table.replacementsOf(w.text()) : List.of();
            if (!replacements.isEmpty()) {
                candidates.add(new Replacement(w.start(), w.end(), replacements.get(random.nextInt(replacements.size()))));
            } else if (next != null && next.lowerCase() && next.content()) {
                Replacement calque = calque(w, next);
                if (calque != null) {
                    candidates.add(calque);
                }
            }
        }
        return candidates;
    }

    /** A dropped article, a calqued possessive or a calqued adjective order at {@code w next}, or null. */
    private Replacement calque(SpinWords.Word w, SpinWords.Word next) {
        if (ARTICLES.contains(w.text())) {
            return new Replacement(w.start(), next.end(), next.text());
        }
        if ((w.text().endsWith("'s") || w.text().endsWith("\u2019s")) && w.text().length() > 3 && w.lowerCase(0, w.text().length() - 2) && canBeNoun(next.text())) {
            return new Replacement(w.start(), next.end(), next.text() + " of the " + w.text().substring(0, w.text().length() - 2));
        }
        if (w.lowerCase() && w.content() && onlyAdjective(w.text()) && canBeNoun(next.text())) {
            return new Replacement(w.start(), next.end(), next.text() + " " + w.text());
        }
        return null;
    }

    /** Whether every reading of {@code form} is an adjective (and it has one). */
    private boolean onlyAdjective(String form) {
        List<Lexicon.Analysis> readings = lexicon.analyse(form);
        return !readings.isEmpty() && readings.stream().allMatch(a -> a.tag().startsWith("JJ"));
    }

    /** Whether some reading of {@code form} is a common noun. */
    private boolean canBeNoun(String form) {
        return lexicon.analyse(form).stream().anyMatch(a -> a.tag().startsWith("NN") && !a.tag().startsWith("NNP"));
    }

    private static boolean spaceBetween(String text, SpinWords.Word a, SpinWords.Word b) {
        return text.substring(a.end(), b.start()).equals(" ");
    }
}
