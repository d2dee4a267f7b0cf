package dev.unspin.eval;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Verdict;
import dev.unspin.input.InputFormat;
import dev.unspin.pipeline.CheckInput;
import dev.unspin.pipeline.CheckPipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The held-out evaluation: clean prose of every genre checked as it is, and a sample of each genre
 * spun by every generator, with the figures a new user would see: swaps flagged, documents judged
 * suspect or spun, findings per 10,000 clean words, clean documents not judged clean, and the
 * document- and word-level curves behind them. Writes Markdown tables.
 */
public final class HeldoutEvaluation {
    static final double[] SCORE_THRESHOLDS = {5, 10, 15, 20, 25, 35, 50};
    static final double[] CONFIDENCE_THRESHOLDS = {0.25, 0.4, 0.5, 0.6, 0.75, 0.9};

    private final CheckPipeline pipeline;
    private final int threads;
    private final boolean verbose;

    /** {@code verbose}: also list every finding on clean prose. */
    public HeldoutEvaluation(CheckPipeline pipeline, int threads, boolean verbose) {
        this.pipeline = pipeline;
        this.threads = threads;
        this.verbose = verbose;
    }

    /** What was measured on one set of documents (a genre's clean prose, or one generator's spins of it). */
    static final class Cell {
        final Evaluation evaluation = new Evaluation();
        final List<Double> scores = new ArrayList<>();
        /** Per marked swap, the highest confidence of a finding over it (0 when none). */
        final List<Double> swapConfidences = new ArrayList<>();
        /** Per finding in clean text, its confidence. */
        final List<Double> cleanConfidences = new ArrayList<>();
        long words;
        int notClean;

        void add(DocumentResult result, List<LabelledText.GoldSpan> gold) {
            evaluation.add(result, gold);
            scores.add(result.score());
            words += result.words();
            if (result.verdict() != Verdict.CLEAN) {
                notClean++;
            }
            for (LabelledText.GoldSpan g : gold) {
                swapConfidences.add(result.findings().stream().filter(f -> f.start() < g.end() && g.start() < f.end())
                        .mapToDouble(Finding::confidence).max().orElse(0));
            }
            if (gold.isEmpty()) {
                result.findings().forEach(f -> cleanConfidences.add(f.confidence()));
            }
        }

        void addAll(Cell other) {
            scores.addAll(other.scores);
            swapConfidences.addAll(other.swapConfidences);
            cleanConfidences.addAll(other.cleanConfidences);
            words += other.words;
            notClean += other.notClean;
        }

        int documents() {
            return scores.size();
        }

        double shareAtOrAbove(double threshold) {
            return scores.isEmpty() ? 0 : (double) scores.stream().filter(s -> s >= threshold).count() / scores.size();
        }

        double swapsFlaggedAt(double confidence) {
            return swapConfidences.isEmpty() ? 0 : (double) swapConfidences.stream().filter(c -> c > 0 && c >= confidence).count() / swapConfidences.size();
        }

        double cleanFindingsPer10kAt(double confidence) {
            return words == 0 ? 0 : 10_000.0 * cleanConfidences.stream().filter(c -> c >= confidence).count() / words;
        }
    }

    /** Runs everything and returns the report. */
    public String run(List<GenreTexts.Genre> genres, List<HeldoutGenerator> generators, int cleanDocs, int spunDocs) {
        Map<String, Cell> clean = new LinkedHashMap<>();
        Map<String, Map<String, Cell>> spun = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (GenreTexts.Genre genre : genres) {
                clean.put(genre.id(), check(pool, GenreTexts.spread(genre.docs(), cleanDocs).stream()
                        .map(d -> new Labelled(genre.id() + "/" + d.name(), LabelledText.parse(escapeMarkers(d.text())))).toList()));
                for (HeldoutGenerator generator : generators) {
                    List<Labelled> docs = GenreTexts.spread(genre.docs(), spunDocs).stream()
                            .map(d -> new Labelled(genre.id() + "/" + d.name(), LabelledText.parse(generator.spinner().spin(d.name(), escapeMarkers(d.text()))))).toList();
                    spun.computeIfAbsent(generator.id(), k -> new LinkedHashMap<>()).put(genre.id(), check(pool, docs));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        String report = report(genres, generators, clean, spun);
        if (!verbose) {
            return report;
        }
        StringBuilder out = new StringBuilder(report).append("\n### Findings on clean prose\n\n");
        clean.forEach((genre, cell) -> cell.evaluation.falseAlarms().forEach(f -> out.append("- ").append(f).append('\n')));
        return out.toString();
    }

    private record Labelled(String name, LabelledText text) {
    }

    /** Braces never occur in these texts' prose; a stray "{{" would be read as a marker, so it is spaced. */
    static String escapeMarkers(String text) {
        return text.replace("{{", "{ {").replace("}}", "} }");
    }

    private Cell check(ExecutorService pool, List<Labelled> docs) {
        List<Future<DocumentResult>> results = new ArrayList<>();
        for (Labelled doc : docs) {
            results.add(pool.submit(() -> pipeline.check(CheckInput.of(doc.name(), doc.text().text(), InputFormat.TEXT))));
        }
        Cell cell = new Cell();
        for (int i = 0; i < docs.size(); i++) {
            try {
                cell.add(results.get(i).get(), docs.get(i).text().gold());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(docs.get(i).name() + ": " + e.getCause(), e.getCause());
            }
        }
        return cell;
    }

    private static String report(List<GenreTexts.Genre> genres, List<HeldoutGenerator> generators,
                                 Map<String, Cell> clean, Map<String, Map<String, Cell>> spun) {
        StringBuilder out = new StringBuilder();
        out.append("### Generators\n\n| generator | held out from the detectors | what it does |\n|---|---|---|\n");
        generators.forEach(g -> out.append(row(g.id(), g.heldOut() ? "yes" : "no", g.source())));
        out.append("\n### Clean prose by genre\n\n| genre | detectors tuned on it | documents | words | findings /10k words | documents not judged clean | source |\n|---|---|---:|---:|---:|---:|---|\n");
        Cell allClean = new Cell();
        for (GenreTexts.Genre genre : genres) {
            Cell c = clean.get(genre.id());
            allClean.addAll(c);
            out.append(row(genre.id(), genre.tunedOn() ? "yes" : "no", c.documents(), c.words,
                    fmt("%.2f", c.evaluation.cleanFindingsPer10kWords()), c.notClean + " / " + c.documents(), genre.source()));
        }
        out.append(row("**all**", "", allClean.documents(), allClean.words,
                fmt("%.2f", allClean.words == 0 ? 0 : 10_000.0 * allClean.cleanConfidences.size() / allClean.words),
                allClean.notClean + " / " + allClean.documents(), ""));
        out.append("\n### Spun text by generator and genre\n\n| generator | genre | marked swaps | swaps flagged | precision | fix accuracy | documents judged suspect or spun |\n|---|---|---:|---:|---:|---:|---:|\n");
        for (HeldoutGenerator g : generators) {
            Cell all = new Cell();
            int swaps = 0;
            for (GenreTexts.Genre genre : genres) {
                Cell c = spun.get(g.id()).get(genre.id());
                all.addAll(c);
                swaps += c.swapConfidences.size();
                out.append(row(g.id(), genre.id(), c.swapConfidences.size(), pct(c.evaluation.recall()), fmt("%.3f", c.evaluation.precision()),
                        pct(c.evaluation.fixAccuracy()), c.notClean + " / " + c.documents()));
            }
            out.append(row("**" + g.id() + "**", "**all**", swaps, "**" + pct(all.swapsFlaggedAt(0)) + "**", "", "",
                    "**" + all.notClean + " / " + all.documents() + "**"));
        }
        out.append("\n### Document-level curve: share of documents scoring at least t (suspect at 25, spun at 50)\n\n| t | clean, all genres | clean, worst genre |");
        generators.forEach(g -> out.append(' ').append(g.id()).append(" |"));
        out.append("\n|---:|---:|---:|").append("---:|".repeat(generators.size())).append('\n');
        for (double t : SCORE_THRESHOLDS) {
            out.append(fmt("| %.0f | ", t)).append(pct(allClean.shareAtOrAbove(t))).append(" | ");
            String worst = genres.stream().max((a, b) -> Double.compare(clean.get(a.id()).shareAtOrAbove(t), clean.get(b.id()).shareAtOrAbove(t)))
                    .map(gen -> pct(clean.get(gen.id()).shareAtOrAbove(t)) + " " + gen.id()).orElse("");
            out.append(worst).append(" |");
            for (HeldoutGenerator g : generators) {
                Cell all = new Cell();
                spun.get(g.id()).values().forEach(all::addAll);
                out.append(' ').append(pct(all.shareAtOrAbove(t))).append(" |");
            }
            out.append('\n');
        }
        out.append(genreCurve(genres.stream().map(GenreTexts.Genre::id).toList(), clean,
                generators.stream().filter(HeldoutGenerator::heldOut).map(g -> spun.get(g.id())).toList()));
        out.append("\n### Word-level curve: swaps flagged by a finding of confidence at least c, and clean findings per 10k words at that c\n\n| c | clean findings /10k words |");
        generators.forEach(g -> out.append(' ').append(g.id()).append(" |"));
        out.append("\n|---:|---:|").append("---:|".repeat(generators.size())).append('\n');
        for (double c : CONFIDENCE_THRESHOLDS) {
            out.append(fmt("| %.2f | %.2f |", c, allClean.cleanFindingsPer10kAt(c)));
            for (HeldoutGenerator g : generators) {
                Cell all = new Cell();
                spun.get(g.id()).values().forEach(all::addAll);
                out.append(' ').append(pct(all.swapsFlaggedAt(c))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Scores at which the curve by genre is read: a low cut, the lowest no clean document reaches, suspect. */
    static final double[] GENRE_CURVE_THRESHOLDS = {5, 10, 25};

    /**
     * The document-level curve by genre: per genre, the share of its clean documents and of its
     * documents spun by the held-out generators (pooled: {@code heldOut}, one map per generator from
     * genre to its cell) scoring at least each of {@link #GENRE_CURVE_THRESHOLDS}.
     */
    static String genreCurve(List<String> genres, Map<String, Cell> clean, List<Map<String, Cell>> heldOut) {
        StringBuilder out = new StringBuilder("\n### Document-level curve by genre: clean documents and documents spun by the"
                + " held-out generators together, share scoring at least t\n\n| genre |");
        for (double t : GENRE_CURVE_THRESHOLDS) {
            out.append(fmt(" clean, t = %.0f | held-out spun, t = %.0f |", t, t));
        }
        out.append("\n|---|").append("---:|---:|".repeat(GENRE_CURVE_THRESHOLDS.length)).append('\n');
        for (String genre : genres) {
            Cell spun = new Cell();
            heldOut.forEach(generator -> spun.addAll(generator.get(genre)));
            out.append("| ").append(genre).append(" |");
            for (double t : GENRE_CURVE_THRESHOLDS) {
                out.append(' ').append(pct(clean.get(genre).shareAtOrAbove(t))).append(" | ").append(pct(spun.shareAtOrAbove(t))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String row(Object... cells) {
        StringBuilder s = new StringBuilder("|");
        for (Object c : cells) {
            s.append(' ').append(c).append(" |");
        }
        return s.append('\n').toString();
    }

    private static String pct(double share) {
        return fmt("%.1f%%", 100 * share);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
