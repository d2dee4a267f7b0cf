package dev.unspin.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Swaps the way real article spinners do, from a fixed table of word forms: an exact, whole-word
 * match of a row's original (several words only when separated by single spaces) becomes the
 * row's spun form, whatever the sense in that sentence.
 */
final class HabitSpinner implements Spinner {
    private final List<SwapTable.Row> rows;

    HabitSpinner(SwapTable table) {
        this.rows = table.rows().stream().sorted(Comparator.comparingInt((SwapTable.Row r) -> r.originalWords().size()).reversed()).toList();
    }

    @Override
    public List<Replacement> candidates(String text, List<SpinWords.Word> words, Random random) {
        List<Replacement> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (SwapTable.Row row : rows) {
                if (matches(text, words, i, row.originalWords())) {
                    SpinWords.Word first = words.get(i);
                    int end = words.get(i + row.originalWords().size() - 1).end();
                    candidates.add(new Replacement(first.start(), end, row.spunLike(first.text())));
                    break;
                }
            }
        }
        return candidates;
    }

    private static boolean matches(String text, List<SpinWords.Word> words, int at, List<String> original) {
        if (at + original.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < original.size(); k++) {
            SpinWords.Word w = words.get(at + k);
            boolean caseOk = k == 0 ? w.swappable() : w.lowerCase();
            boolean spaced = k == 0 || text.substring(words.get(at + k - 1).end(), w.start()).equals(" ");
            if (!caseOk || !spaced || !w.text().toLowerCase(Locale.ROOT).equals(original.get(k))) {
                return false;
            }
        }
        return true;
    }
}
