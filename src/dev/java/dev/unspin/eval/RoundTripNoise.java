package dev.unspin.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Noise like a machine-translation round trip's, without a translator: a preposition changed
 * ("on Monday" → "at Monday"), an article dropped ("the storm" → "storm"), filler inserted
 * ("said" → "actually said"), and a sentence's clauses reordered around its first comma
 * ("A, B." → "B, a."). Each is a {@link Replacement} of whole words, so the labelled format holds it.
 * Neither retrieval nor alignment of originals was tuned on it: eval-originals holds it out.
 */
final class RoundTripNoise implements Spinner {
    private static final Map<String, String[]> PREPOSITIONS = Map.of(
            "in", new String[] {"at", "on", "into"}, "on", new String[] {"at", "in", "upon"},
            "at", new String[] {"in", "on"}, "of", new String[] {"from", "for"}, "for", new String[] {"to", "of"},
            "to", new String[] {"towards", "for"}, "with", new String[] {"by", "at"}, "by", new String[] {"with", "from"});
    private static final String[] FILLERS = {"actually", "really", "in fact", "also", "then", "indeed"};

    @Override
    public List<Replacement> candidates(String text, List<SpinWords.Word> words, Random random) {
        List<Replacement> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            SpinWords.Word w = words.get(i);
            String[] prepositions = PREPOSITIONS.get(w.text());
            if (prepositions != null) {
                candidates.add(new Replacement(w.start(), w.end(), prepositions[random.nextInt(prepositions.length)]));
            } else if ((w.text().equals("the") || w.text().equals("a")) && i + 1 < words.size()
                    && onlySpace(text, w.end(), words.get(i + 1).start())) {
                SpinWords.Word next = words.get(i + 1);
                candidates.add(new Replacement(w.start(), next.end(), next.text()));
            } else if (w.content() && w.lowerCase() && random.nextInt(4) == 0) {
                candidates.add(new Replacement(w.start(), w.end(), FILLERS[random.nextInt(FILLERS.length)] + " " + w.text()));
            }
        }
        candidates.addAll(reorderings(text, random));
        return candidates;
    }

    /** Sentences "A, B." with a comma and no other punctuation in A or B become "B, a." (first letters' case swapped). */
    private static List<Replacement> reorderings(String text, Random random) {
        List<Replacement> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\n') {
                String sentence = text.substring(start, i);
                int lead = sentence.length() - sentence.stripLeading().length();
                String body = sentence.strip();
                int comma = body.indexOf(", ");
                if (c == '.' && comma > 0 && body.indexOf(',', comma + 1) < 0 && body.chars().noneMatch(ch -> "\"()';:/|{}".indexOf(ch) >= 0)
                        && Character.isUpperCase(body.charAt(0)) && Character.isLowerCase(body.charAt(comma + 2))
                        && random.nextInt(3) == 0) {
                    String first = body.substring(0, comma);
                    String second = body.substring(comma + 2);
                    String reordered = Character.toUpperCase(second.charAt(0)) + second.substring(1) + ", "
                            + (first.startsWith("I ") ? first : Character.toLowerCase(first.charAt(0)) + first.substring(1));
                    int from = start + lead;
                    out.add(new Replacement(from, from + body.length(), reordered));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean onlySpace(String text, int from, int to) {
        return text.substring(from, to).equals(" ");
    }
}
