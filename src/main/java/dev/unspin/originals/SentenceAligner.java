package dev.unspin.originals;

import dev.unspin.engine.Document;
import dev.unspin.text.Sentence;
import dev.unspin.text.Token;
import dev.unspin.text.TokenKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence alignment: each sentence of the copy is paired with the sentence of the candidate
 * originals that shares the most of its words (the Dice coefficient of their lower-cased word
 * multisets), if that share is at least {@link #MIN_SIMILARITY}. Word order does not count here, so a
 * sentence whose clauses a machine translation reordered still finds its original; a sentence added
 * to the copy finds none. Then gaps are filled: a copy sentence left alone between two sentences aligned
 * with consecutive-but-one sentences of one original is aligned with the sentence between those, if they
 * share at least {@link #GAP_SIMILARITY} of their words or both are {@value #SHORT} words or shorter ("Virtually
 * everyone." for "Almost everyone.").
 */
final class SentenceAligner {
    /** Least Dice similarity of a sentence pair (calibrated with eval-originals, docs/quality.md). */
    static final double MIN_SIMILARITY = 0.5;
    /** Sentences with fewer words are not aligned on their own (too little to tell). */
    static final int MIN_WORDS = 4;
    /** Least similarity of a sentence aligned by its neighbours. */
    static final double GAP_SIMILARITY = 0.2;
    /** Sentences this short are aligned by their neighbours whatever their similarity. */
    static final int SHORT = 3;

    /** Copy sentence {@code copy} is aligned with sentence {@code sentence} of original {@code original} (an index into the list given). */
    record Pair(Sentence copy, int original, Sentence sentence, double similarity) {
    }

    private SentenceAligner() {
    }

    static List<Pair> align(Document copy, List<Document> originals) {
        List<Bag> candidates = new ArrayList<>();
        for (int o = 0; o < originals.size(); o++) {
            Document d = originals.get(o);
            for (Sentence s : d.sentences()) {
                Bag bag = Bag.of(d, s, o);
                if (bag.size >= MIN_WORDS) {
                    candidates.add(bag);
                }
            }
        }
        List<Sentence> sentences = copy.sentences();
        Pair[] aligned = new Pair[sentences.size()];
        for (Sentence s : sentences) {
            Bag bag = Bag.of(copy, s, -1);
            if (bag.size < MIN_WORDS) {
                continue;
            }
            Bag best = null;
            double bestSimilarity = 0;
            for (Bag c : candidates) {
                double similarity = bag.dice(c);
                if (similarity > bestSimilarity) {
                    best = c;
                    bestSimilarity = similarity;
                }
            }
            if (best != null && bestSimilarity >= MIN_SIMILARITY) {
                aligned[s.index()] = new Pair(s, best.original, best.sentence, bestSimilarity);
            }
        }
        fillGaps(copy, originals, aligned);
        List<Pair> pairs = new ArrayList<>();
        for (Pair p : aligned) {
            if (p != null) {
                pairs.add(p);
            }
        }
        return pairs;
    }

    private static void fillGaps(Document copy, List<Document> originals, Pair[] aligned) {
        for (int i = 1; i + 1 < aligned.length; i++) {
            Pair before = aligned[i - 1];
            Pair after = aligned[i + 1];
            if (aligned[i] != null || before == null || after == null || before.original() != after.original()
                    || after.sentence().index() - before.sentence().index() != 2) {
                continue;
            }
            Document original = originals.get(before.original());
            Sentence between = original.sentences().get(before.sentence().index() + 1);
            Bag copyBag = Bag.of(copy, copy.sentences().get(i), -1);
            Bag originalBag = Bag.of(original, between, before.original());
            if (copyBag.size == 0 || originalBag.size == 0) {
                continue;
            }
            double similarity = copyBag.dice(originalBag);
            if (similarity >= GAP_SIMILARITY || copyBag.size <= SHORT && originalBag.size <= SHORT) {
                aligned[i] = new Pair(copy.sentences().get(i), before.original(), between, Math.max(similarity, GAP_SIMILARITY));
            }
        }
    }

    /** The words of a sentence as a multiset. */
    private static final class Bag {
        final Map<String, Integer> counts = new HashMap<>();
        final Sentence sentence;
        final int original;
        int size;

        private Bag(Sentence sentence, int original) {
            this.sentence = sentence;
            this.original = original;
        }

        static Bag of(Document d, Sentence s, int original) {
            Bag bag = new Bag(s, original);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = d.tokens().get(i);
                if (t.kind() != TokenKind.PUNCT) {
                    bag.counts.merge(t.lower(), 1, Integer::sum);
                    bag.size++;
                }
            }
            return bag;
        }

        double dice(Bag other) {
            int common = 0;
            Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
            Map<String, Integer> large = small == counts ? other.counts : counts;
            for (Map.Entry<String, Integer> e : small.entrySet()) {
                Integer c = large.get(e.getKey());
                if (c != null) {
                    common += Math.min(c, e.getValue());
                }
            }
            return 2.0 * common / (size + other.size);
        }
    }
}
