package dev.unspin.eval;

import dev.unspin.model.DocumentSignals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Word level, for the held-out study (developer tool): how many swaps WordNet or a second thesaurus
 * (Moby) could flag as a candidate source at each gain threshold, and whether a logistic regression
 * over per-word features (both sources' gains, the candidates' and the word's frequencies, sentence
 * start) does better, trained leave-one-generator-out and held to at most 1 finding per 10,000 clean
 * words in every genre.
 */
final class WordLevelStudy {
    static final double[] GAIN_THRESHOLDS = {3, 4, 5, 6, 7, 8, 9};
    static final List<String> FEATURES = List.of("wordnet-gain", "wordnet-has", "moby-gain", "moby-has", "word-logprob",
            "wordnet-commoner", "moby-commoner", "sentence-start", "both-fit");
    /** Clean words are many: every k-th goes into training. */
    private static final int CLEAN_SAMPLING = 8;

    private WordLevelStudy() {
    }

    /** One document's judged words and marked swaps; {@code generator} null for clean prose; {@code fitHalf}: used for fitting, not for thresholds. */
    record WordDoc(int genre, String generator, List<LabelledText.GoldSpan> gold, List<DocumentSignals.WordGain> gains, long words,
                   boolean fitHalf) {
    }

    /** The feature vector of a judged word. */
    static double[] features(DocumentSignals.WordGain w) {
        boolean hasWordNet = w.wordNet() != Double.NEGATIVE_INFINITY;
        boolean hasMoby = w.second() != Double.NEGATIVE_INFINITY;
        return new double[]{clip(w.wordNet()), hasWordNet ? 1 : 0, clip(w.second()), hasMoby ? 1 : 0, w.wordLogProb(),
                hasWordNet ? w.wordNetCandidateLogProb() - w.wordLogProb() : 0, hasMoby ? w.secondCandidateLogProb() - w.wordLogProb() : 0,
                w.sentenceStart() ? 1 : 0, w.wordNet() >= 3 && w.second() >= 3 ? 1 : 0};
    }

    /** Feature indices drawn from the generator's own source (left out when testing on it). */
    static int[] ownSource(String generator) {
        return switch (generator) {
            case "wordnet" -> new int[]{0, 1, 5, 8};
            case "moby" -> new int[]{2, 3, 6, 8};
            default -> new int[0];
        };
    }

    private static double clip(double gain) {
        return gain == Double.NEGATIVE_INFINITY ? -3 : Math.max(-3, Math.min(15, gain));
    }

    static String report(int genres, List<HeldoutGenerator> generators, List<WordDoc> docs) {
        return curve(generators, docs) + learned(genres, generators, docs);
    }

    private static String curve(List<HeldoutGenerator> generators, List<WordDoc> docs) {
        StringBuilder out = new StringBuilder("\n### Word level: swaps where the original (or another more frequent synonym) fits by at least t log10 units,"
                + " and clean words where one does, per 10,000 words\n\nA thesaurus as a detector's candidate source flags a word when such a candidate fits;"
                + " the row of the generator drawing from the same thesaurus is not held out.\n\n| source | t | clean /10k words |");
        generators.forEach(g -> out.append(' ').append(g.id()).append(" |"));
        out.append("\n|---|---:|---:|").append("---:|".repeat(generators.size())).append('\n');
        long cleanWords = docs.stream().filter(d -> d.generator() == null).mapToLong(WordDoc::words).sum();
        for (String source : List.of("wordnet", "moby")) {
            ToDoubleFunction<DocumentSignals.WordGain> gain = source.equals("wordnet") ? DocumentSignals.WordGain::wordNet : DocumentSignals.WordGain::second;
            for (double t : GAIN_THRESHOLDS) {
                long cleanHits = docs.stream().filter(d -> d.generator() == null)
                        .mapToLong(d -> d.gains().stream().filter(w -> gain.applyAsDouble(w) >= t).count()).sum();
                out.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f |", source, t, cleanWords == 0 ? 0 : 10_000.0 * cleanHits / cleanWords));
                for (HeldoutGenerator g : generators) {
                    out.append(' ').append(pct(flaggedShare(docs, g.id(), w -> gain.applyAsDouble(w) >= t ? 1 : 0, 0.5))).append(" |");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String learned(int genres, List<HeldoutGenerator> generators, List<WordDoc> docs) {
        StringBuilder out = new StringBuilder("\n### Word level, learned: logistic regression over " + String.join(", ", FEATURES)
                + "\n\nTrained on the clean words of the fitting half (every " + CLEAN_SAMPLING + "th) and on the swapped words of the other generators;"
                + " features from the row's own source left out. Threshold: the lowest that keeps every genre's held-out clean half at or under"
                + " 1 finding per 10,000 words.\n\n| left out | swaps flagged | clean findings /10k words (held-out half) |\n|---|---:|---:|\n");
        for (HeldoutGenerator test : generators) {
            int[] dropped = ownSource(test.id());
            List<double[]> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            int k = 0;
            for (WordDoc d : docs) {
                if (d.generator() == null && d.fitHalf()) {
                    for (DocumentSignals.WordGain w : d.gains()) {
                        if (k++ % CLEAN_SAMPLING == 0) {
                            x.add(masked(features(w), dropped));
                            y.add(0);
                        }
                    }
                } else if (d.generator() != null && !d.generator().equals(test.id())) {
                    for (DocumentSignals.WordGain w : d.gains()) {
                        if (d.gold().stream().anyMatch(g -> w.start() < g.end() && g.start() < w.end())) {
                            x.add(masked(features(w), dropped));
                            y.add(1);
                        }
                    }
                }
            }
            Standardiser standardiser = Standardiser.fit(x);
            LogisticRegression model = LogisticRegression.fit(x.stream().map(standardiser::apply).toArray(double[][]::new),
                    y.stream().mapToInt(Integer::intValue).toArray(), 0.001, 400, 0.5);
            ToDoubleFunction<DocumentSignals.WordGain> score = w -> model.probability(standardiser.apply(masked(features(w), dropped)));
            double threshold = cleanThreshold(genres, docs, score);
            long cleanWords = docs.stream().filter(d -> d.generator() == null && !d.fitHalf()).mapToLong(WordDoc::words).sum();
            long cleanHits = docs.stream().filter(d -> d.generator() == null && !d.fitHalf())
                    .mapToLong(d -> d.gains().stream().filter(w -> score.applyAsDouble(w) > threshold).count()).sum();
            out.append(String.format(Locale.ROOT, "| %s | %s | %.2f |%n", test.id(), pct(flaggedShare(docs, test.id(), score, threshold)),
                    cleanWords == 0 ? 0 : 10_000.0 * cleanHits / cleanWords));
        }
        return out.toString();
    }

    /** The lowest score threshold under which each genre's held-out clean half has at most 1 word above it per 10,000 words. */
    static double cleanThreshold(int genres, List<WordDoc> docs, ToDoubleFunction<DocumentSignals.WordGain> score) {
        double threshold = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < genres; g++) {
            int genre = g;
            List<WordDoc> clean = docs.stream().filter(d -> d.generator() == null && !d.fitHalf() && d.genre() == genre).toList();
            long words = clean.stream().mapToLong(WordDoc::words).sum();
            double[] scores = clean.stream().flatMap(d -> d.gains().stream()).mapToDouble(score).sorted().toArray();
            int allowed = (int) (words / 10_000);
            if (scores.length > allowed) {
                threshold = Math.max(threshold, scores[scores.length - 1 - allowed]);
            }
        }
        return threshold;
    }

    /** Share of the generator's marked swaps with a judged word inside scoring above the threshold. */
    private static double flaggedShare(List<WordDoc> docs, String generator, ToDoubleFunction<DocumentSignals.WordGain> score, double threshold) {
        long swaps = 0;
        long flagged = 0;
        for (WordDoc d : docs) {
            if (generator.equals(d.generator())) {
                for (LabelledText.GoldSpan span : d.gold()) {
                    swaps++;
                    if (d.gains().stream().anyMatch(w -> w.start() < span.end() && span.start() < w.end() && score.applyAsDouble(w) > threshold)) {
                        flagged++;
                    }
                }
            }
        }
        return swaps == 0 ? 0 : (double) flagged / swaps;
    }

    private static double[] masked(double[] features, int[] dropped) {
        double[] copy = features.clone();
        for (int i : dropped) {
            copy[i] = 0;
        }
        return copy;
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** Each feature's mean and spread over the training rows; rows standardised by them. */
    record Standardiser(double[] mean, double[] sd) {
        static Standardiser fit(List<double[]> rows) {
            int d = rows.get(0).length;
            double[] mean = new double[d];
            double[] sd = new double[d];
            for (double[] r : rows) {
                for (int j = 0; j < d; j++) {
                    mean[j] += r[j] / rows.size();
                }
            }
            for (double[] r : rows) {
                for (int j = 0; j < d; j++) {
                    sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / rows.size();
                }
            }
            return new Standardiser(mean, Arrays.stream(sd).map(v -> Math.max(Math.sqrt(v), 1e-6)).toArray());
        }

        double[] apply(double[] row) {
            double[] z = new double[row.length];
            for (int j = 0; j < row.length; j++) {
                z[j] = (row[j] - mean[j]) / sd[j];
            }
            return z;
        }
    }
}
