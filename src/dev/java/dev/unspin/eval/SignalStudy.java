package dev.unspin.eval;

import dev.unspin.model.DocumentSignals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Whether weak document-level signals separate held-out spins from clean prose of every genre
 * (developer tool). Each clean genre is split in two: even documents fit the per-genre
 * normalisation and the classifier, odd documents set the threshold (the highest score among them:
 * no held-out clean document above it, or the 99th percentile: 1 in 100). A generator is scored
 * leave-one-generator-out: the classifier is trained on the other generators' spins, and a signal
 * drawn from the generator's own source (WordNet for {@code wordnet}, the second thesaurus for
 * {@code moby}) is left out of its row.
 */
public final class SignalStudy {
    private final Function<String, double[]> signals;
    private final Function<String, List<DocumentSignals.WordGain>> wordGains;
    private final List<String> names;
    private final int threads;

    /** {@code signals}: the signal vector of a text; {@code names}: their names, in order; {@code wordGains}: its judged words' gains. */
    public SignalStudy(Function<String, double[]> signals, List<String> names, Function<String, List<DocumentSignals.WordGain>> wordGains,
                       int threads) {
        this.signals = signals;
        this.names = names;
        this.wordGains = wordGains;
        this.threads = threads;
    }

    /** One document's signals and its genre's index. */
    record Row(int genre, double[] values) {
    }

    /** The index of the signal drawn from this generator's own source, or -1. */
    static int sharedSignal(String generator, List<String> names) {
        return switch (generator) {
            case "wordnet" -> names.indexOf("wordnet-gain");
            case "moby" -> names.indexOf("thesaurus2-gain");
            default -> -1;
        };
    }

    /** A document to measure: its genre, its text and marked swaps, and the generator that made it (null: clean). */
    private record Sample(int genre, LabelledText text, String generator) {
    }

    /** What one document gave. */
    private record Measured(Sample sample, double[] signals, List<DocumentSignals.WordGain> gains) {
    }

    public String run(List<GenreTexts.Genre> genres, List<HeldoutGenerator> generators, int cleanDocs, int spunDocs) {
        List<Sample> samples = new ArrayList<>();
        for (int g = 0; g < genres.size(); g++) {
            for (ProseChunks.Doc d : GenreTexts.spread(genres.get(g).docs(), cleanDocs)) {
                samples.add(new Sample(g, LabelledText.parse(HeldoutEvaluation.escapeMarkers(d.text())), null));
            }
            for (HeldoutGenerator generator : generators) {
                for (ProseChunks.Doc d : GenreTexts.spread(genres.get(g).docs(), spunDocs)) {
                    samples.add(new Sample(g, LabelledText.parse(generator.spinner().spin(d.name(), HeldoutEvaluation.escapeMarkers(d.text()))), generator.id()));
                }
            }
        }
        List<Measured> measured = measure(samples);
        List<Row> fitClean = new ArrayList<>();
        List<Row> testClean = new ArrayList<>();
        Map<String, List<Row>> spun = new LinkedHashMap<>();
        List<WordLevelStudy.WordDoc> wordDocs = new ArrayList<>();
        Map<Integer, Integer> cleanSeen = new java.util.HashMap<>();
        for (Measured m : measured) {
            Row row = new Row(m.sample().genre(), m.signals());
            boolean fitHalf = false;
            if (m.sample().generator() == null) {
                fitHalf = cleanSeen.merge(m.sample().genre(), 1, Integer::sum) % 2 == 1;
                (fitHalf ? fitClean : testClean).add(row);
            } else {
                spun.computeIfAbsent(m.sample().generator(), k -> new ArrayList<>()).add(row);
            }
            wordDocs.add(new WordLevelStudy.WordDoc(m.sample().genre(), m.sample().generator(), m.sample().text().gold(), m.gains(),
                    ProseChunks.wordCount(m.sample().text().text()), fitHalf));
        }
        return report(genres, generators, fitClean, testClean, spun) + WordLevelStudy.report(genres.size(), generators, wordDocs);
    }

    private List<Measured> measure(List<Sample> samples) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Measured>> futures = samples.stream().map(s -> pool.submit(
                    () -> new Measured(s, signals.apply(s.text().text()), wordGains.apply(s.text().text())))).toList();
            List<Measured> measured = new ArrayList<>();
            for (Future<Measured> f : futures) {
                measured.add(f.get());
            }
            return measured;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private String report(List<GenreTexts.Genre> genres, List<HeldoutGenerator> generators, List<Row> fitClean, List<Row> testClean,
                          Map<String, List<Row>> spun) {
        GenreNormaliser normaliser = GenreNormaliser.fit(fitClean, genres.size(), names.size());
        StringBuilder out = new StringBuilder();
        out.append("### Mean signal by genre (clean) and by generator (spun, all genres)\n\n| set |");
        names.forEach(n -> out.append(' ').append(n).append(" |"));
        out.append("\n|---|").append("---:|".repeat(names.size())).append('\n');
        for (int g = 0; g < genres.size(); g++) {
            int genre = g;
            out.append(meanRow("clean " + genres.get(g).id(), testClean.stream().filter(r -> r.genre() == genre).toList()));
        }
        spun.forEach((id, rows) -> out.append(meanRow("spun " + id, rows)));
        out.append("\n### Spun documents above the clean threshold, one signal at a time\n\n"
                + "Threshold: the highest value among the held-out clean documents of every genre (none above), or their 99th percentile (1 in 100 above). "
                + "raw: the signal as it is; genre: standardised by the genre's clean mean and spread (the genre known).\n\n| signal | scale | clean docs at 1% cut |");
        generators.forEach(g -> out.append(' ').append(g.id()).append(" (none / 1%) |"));
        out.append("\n|---|---|---:|").append("---:|".repeat(generators.size())).append('\n');
        for (int s = 0; s < names.size(); s++) {
            for (boolean byGenre : new boolean[]{false, true}) {
                int signal = s;
                Function<Row, Double> score = r -> byGenre ? normaliser.z(r)[signal] : r.values()[signal];
                double[] clean = testClean.stream().mapToDouble(score::apply).sorted().toArray();
                double none = clean[clean.length - 1];
                double one = clean[(int) Math.floor(0.99 * (clean.length - 1))];
                out.append(String.format(Locale.ROOT, "| %s | %s | %d / %d |", names.get(s), byGenre ? "genre" : "raw",
                        Arrays.stream(clean).filter(v -> v > one).count(), clean.length));
                for (HeldoutGenerator g : generators) {
                    boolean shared = sharedSignal(g.id(), names) == s;
                    List<Row> rows = spun.get(g.id());
                    out.append(shared ? " (own source) |" : String.format(Locale.ROOT, " %s / %s |",
                            pct(share(rows, score, none)), pct(share(rows, score, one))));
                }
                out.append('\n');
            }
        }
        out.append("\n### All signals pooled: logistic regression, leave one generator out\n\n"
                + "Trained on the even clean documents of every genre and on the spins of the other generators (the row's own generator never), "
                + "signals standardised by genre, a signal from the generator's own source left out. Threshold set on the odd clean documents.\n\n"
                + "| left out | spun docs above (no clean doc above) | spun docs above (1 in 100 clean above) | weights (" + String.join(", ", names) + ") |\n|---|---:|---:|---|\n");
        for (HeldoutGenerator test : generators) {
            int dropped = sharedSignal(test.id(), names);
            List<double[]> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            fitClean.forEach(r -> {
                x.add(masked(normaliser.z(r), dropped));
                y.add(0);
            });
            spun.forEach((id, rows) -> {
                if (!id.equals(test.id())) {
                    rows.forEach(r -> {
                        x.add(masked(normaliser.z(r), dropped));
                        y.add(1);
                    });
                }
            });
            LogisticRegression model = LogisticRegression.fit(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(), 0.01, 2000, 0.5);
            Function<Row, Double> score = r -> model.probability(masked(normaliser.z(r), dropped));
            double[] clean = testClean.stream().mapToDouble(score::apply).sorted().toArray();
            double none = clean[clean.length - 1];
            double one = clean[(int) Math.floor(0.99 * (clean.length - 1))];
            List<Row> rows = spun.get(test.id());
            out.append(String.format(Locale.ROOT, "| %s | %s (%d / %d) | %s | %s |%n", test.id(), pct(share(rows, score, none)),
                    Math.round(share(rows, score, none) * rows.size()), rows.size(), pct(share(rows, score, one)), weights(model.weights())));
        }
        return out.toString();
    }

    private String meanRow(String label, List<Row> rows) {
        StringBuilder s = new StringBuilder("| " + label + " |");
        for (int j = 0; j < names.size(); j++) {
            int k = j;
            s.append(String.format(Locale.ROOT, " %.3f |", rows.stream().mapToDouble(r -> r.values()[k]).average().orElse(0)));
        }
        return s.append('\n').toString();
    }

    private static double[] masked(double[] z, int dropped) {
        double[] copy = z.clone();
        if (dropped >= 0) {
            copy[dropped] = 0;
        }
        return copy;
    }

    private static double share(List<Row> rows, Function<Row, Double> score, double threshold) {
        return rows.isEmpty() ? 0 : (double) rows.stream().filter(r -> score.apply(r) > threshold).count() / rows.size();
    }

    private static String weights(double[] w) {
        StringBuilder s = new StringBuilder();
        for (double v : w) {
            s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", v));
        }
        return s.toString();
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** Per genre, each signal's mean and standard deviation on clean documents; z-scores by the row's genre. */
    record GenreNormaliser(double[][] mean, double[][] sd) {
        static GenreNormaliser fit(List<Row> clean, int genres, int signals) {
            double[][] mean = new double[genres][signals];
            double[][] sd = new double[genres][signals];
            for (int g = 0; g < genres; g++) {
                int genre = g;
                List<Row> rows = clean.stream().filter(r -> r.genre() == genre).toList();
                for (int j = 0; j < signals; j++) {
                    int k = j;
                    double m = rows.stream().mapToDouble(r -> r.values()[k]).average().orElse(0);
                    double v = rows.stream().mapToDouble(r -> (r.values()[k] - m) * (r.values()[k] - m)).average().orElse(0);
                    mean[g][j] = m;
                    sd[g][j] = Math.max(Math.sqrt(v), 1e-6);
                }
            }
            return new GenreNormaliser(mean, sd);
        }

        double[] z(Row row) {
            double[] z = new double[row.values().length];
            for (int j = 0; j < z.length; j++) {
                z[j] = (row.values()[j] - mean[row.genre()][j]) / sd[row.genre()][j];
            }
            return z;
        }
    }
}
