package dev.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unspin.audit.Audit;
import dev.unspin.audit.FeedGenerator;
import dev.unspin.input.InputFormat;
import dev.unspin.pipeline.CheckInput;
import dev.unspin.pipeline.CheckPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "audit-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark `unspin audit`: generate a synthetic feed (as audit-feed) in a temporary directory, audit it"
                + " in this process on each --threads count, and print documents/s, words/s, the peak heap and whether every"
                + " record was accounted for; then compare with check's words/s on one thread on the same texts.",
                "",
                "The ratio is audit's words/s divided by check's words/s per thread times the threads."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every run accounted for every record", "2:usage error, or counts in and out differed"})
final class AuditBenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--documents", paramLabel = "N", description = "Records in the generated feed (default: ${DEFAULT-VALUE}).")
    long documents = 10_000;

    @Option(names = "--threads", split = ",", paramLabel = "N", converter = AtLeastOne.class, description = "Thread counts to run audit on (default: 1,2).")
    List<Integer> threads = List.of(1, 2);

    @Option(names = "--seed", paramLabel = "S", description = "Random seed of the feed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--malformed-share", paramLabel = "X", description = "Share of malformed lines (default: ${DEFAULT-VALUE}).")
    double malformedShare = 0.01;

    @Option(names = "--spun-share", paramLabel = "X", description = "Share of spun texts (default: ${DEFAULT-VALUE}).")
    double spunShare = 0.3;

    @Option(names = "--check-documents", paramLabel = "N",
            description = "Records of the feed checked one by one on one thread for check's words/s (default: ${DEFAULT-VALUE}, at most the feed).")
    long checkDocuments = 3_000;

    @Option(names = "--clean", paramLabel = "DIR", description = "Clean labelled texts (default: ${DEFAULT-VALUE}).")
    String cleanDirectory = "samples/labelled/clean";

    @Option(names = "--spun", paramLabel = "DIR", description = "Spun labelled texts (default: ${DEFAULT-VALUE}).")
    String spunDirectory = "samples/labelled/spun";

    @Mixin
    DetectionOptions detection;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        FeedGenerator generator = AuditFeedCommand.generator(cleanDirectory, spunDirectory, spec.commandLine().getErr());
        if (generator == null) {
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        Path temp = Files.createTempDirectory("unspin-audit-bench");
        try {
            Path feed = temp.resolve("feed.jsonl");
            FeedGenerator.Counts generated = generator.write(new FeedGenerator.Options(documents, seed, malformedShare, spunShare), feed);
            out.printf(Locale.ROOT, "feed: %,d records (%,d clean, %,d spun, %,d malformed), %,d bytes%n", generated.records(),
                    generated.clean(), generated.spun(), generated.malformed(), Files.size(feed));
            CheckPipeline engine = detection.pipeline().minConfidence(detection.minConfidence()).build();

            List<String> texts = texts(feed, Math.min(checkDocuments, documents));
            long warmUpEnd = System.nanoTime() + 15_000_000_000L;
            for (int i = 0; System.nanoTime() < warmUpEnd && !texts.isEmpty(); i++) {
                engine.check(CheckInput.of("warm-up", texts.get(i % texts.size()), InputFormat.TEXT));
            }
            double checkRate = checkRate(engine, texts);
            out.printf(Locale.ROOT, "check, 1 thread, %,d documents of the feed: %,.0f words/s%n", texts.size(), checkRate);

            long maxHeap = Runtime.getRuntime().maxMemory();
            boolean allBalanced = true;
            for (int t : threads) {
                Path directory = temp.resolve("audit-" + t);
                System.gc();
                HeapPeaks.reset();
                AfterGcSampler sampler = new AfterGcSampler();
                sampler.start();
                long start = System.nanoTime();
                Audit.Summary s = Audit.run(new Audit.Options(List.of(feed), directory, "id", "text", "html", "source", "url",
                        t, 4 * t, false, false), engine::check, new PrintWriter(java.io.Writer.nullWriter()));
                double seconds = (System.nanoTime() - start) / 1e9;
                long peak = HeapPeaks.used();
                long afterGc = sampler.finish();
                long words = scoredWords(directory.resolve(Audit.DOCUMENTS));
                boolean accounted = s.balanced() && s.in() == generated.records() && s.failed() >= generated.malformed();
                allBalanced &= accounted;
                double wordsPerSecond = words / seconds;
                out.printf(Locale.ROOT, "audit, %d thread%s: %,d records in %.1f s: %,.0f documents/s, %,.0f words/s"
                                + " (%.0f%% of check's %,.0f words/s x %d); peak heap used %,d MB (at most %,d MB live after a GC) of %,d MB max;"
                                + " %,d scored, %,d skipped, %,d failed, %,d lines: %s%n",
                        t, t == 1 ? "" : "s", s.in(), seconds, s.in() / seconds, wordsPerSecond,
                        100 * wordsPerSecond / (checkRate * t), checkRate, t, peak >> 20, afterGc >> 20, maxHeap >> 20,
                        s.scored(), s.skipped(), s.failed(), s.written(),
                        accounted ? "counts in == counts out" : "COUNTS DIFFER");
            }
            return allBalanced ? 0 : 2;
        } finally {
            delete(temp);
        }
    }

    /** The texts of the first {@code limit} well-formed records of the feed. */
    private static List<String> texts(Path feed, long limit) throws IOException {
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(feed, StandardCharsets.ISO_8859_1)) {
            String line;
            while (texts.size() < limit && (line = reader.readLine()) != null) {
                try {
                    JsonNode node = MAPPER.readTree(new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
                    if (node != null && node.isObject() && node.hasNonNull("text")) {
                        texts.add(node.get("text").asText());
                    }
                } catch (IOException malformed) {
                    // a malformed line of the feed: not a text
                }
            }
        }
        return texts;
    }

    private static double checkRate(CheckPipeline engine, List<String> texts) {
        long words = 0;
        long start = System.nanoTime();
        for (String text : texts) {
            words += engine.check(CheckInput.of("bench", text, InputFormat.TEXT)).words();
        }
        return words / ((System.nanoTime() - start) / 1e9);
    }

    private static long scoredWords(Path documents) throws IOException {
        long words = 0;
        try (Stream<String> lines = Files.lines(documents, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                JsonNode node = MAPPER.readTree(line);
                if ("scored".equals(node.path("status").asText())) {
                    words += node.path("words").asLong();
                }
            }
        }
        return words;
    }

    /** Samples the heap left after the latest GC every 100 ms; its maximum is the most live data the run held. */
    private static final class AfterGcSampler extends Thread {
        private volatile boolean running = true;
        private long max;

        AfterGcSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private synchronized void sample() {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    used += pool.getCollectionUsage().getUsed();
                }
            }
            max = Math.max(max, used);
        }

        long finish() throws InterruptedException {
            running = false;
            join();
            sample();
            synchronized (this) {
                return max;
            }
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
