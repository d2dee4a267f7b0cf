package dev.unspin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unspin.server.Pipelines;
import dev.unspin.server.ServerSettings;
import dev.unspin.server.UnspinServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

@Command(name = "serve-bench", mixinStandardHelpOptions = true,
        description = {"Measure unspin serve: N LanguageTool-style /v2/check requests of one article at a given concurrency, "
                + "from a java.net.http client; prints p50/p90/p99/max latency, requests per second, errors, and the "
                + "server's heap after GC at the start and the end (flat: no leak).",
                "",
                "Without --url the server runs in this process on a free loopback port; with --url (e.g. a server started "
                        + "with `java -jar target/unspin.jar serve --port 8181`) it is measured from this, a second, process."})
final class ServeBenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "The server to measure, e.g. http://127.0.0.1:8181/ (default: one started in this process).")
    URI url;

    @Option(names = "--requests", paramLabel = "N", description = "Measured requests (default: ${DEFAULT-VALUE}).")
    int requests = 10_000;

    @Option(names = "--warm-up", paramLabel = "N", description = "Requests sent first and not measured (default: ${DEFAULT-VALUE}).")
    int warmUp = 200;

    @Option(names = "--concurrency", paramLabel = "N", description = "Requests in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency = 8;

    @Option(names = "--article", paramLabel = "FILE", description = "The text sent (default: ${DEFAULT-VALUE}, one page).")
    Path article = Path.of("samples/spun-news-2023-05-03.txt");

    @Option(names = "--threads", paramLabel = "N", converter = AtLeastOne.class, description = "The in-process server's check threads (default: one per core).")
    Integer threads;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String text = Files.readString(article, StandardCharsets.UTF_8);
        String form = "language=en-US&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        UnspinServer server = url == null ? startInProcess() : null;
        try {
            URI base = url == null ? server.uri() : url;
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            out.printf(Locale.ROOT, "serve-bench: %s, %d words, %d requests at concurrency %d to %s (%s)%n", article,
                    text.split("\\s+").length, requests, concurrency, base, url == null ? "in-process server" : "another process");
            Run warm = run(client, base.resolve("v2/check"), form, warmUp);
            out.printf(Locale.ROOT, "warm-up: %d requests, %d errors%s%n", warmUp, warm.errors.get(), warm.errorKinds());
            long heapStart = heapAfterGc(client, base);
            Run measured = run(client, base.resolve("v2/check"), form, requests);
            long heapEnd = heapAfterGc(client, base);
            long[] latencies = measured.latencies.clone();
            Arrays.sort(latencies);
            out.printf(Locale.ROOT, "latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", millis(latencies, 0.50),
                    millis(latencies, 0.90), millis(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
            out.printf(Locale.ROOT, "throughput: %.1f requests/s (%.1f s)%n", requests / (measured.nanos / 1e9), measured.nanos / 1e9);
            out.printf(Locale.ROOT, "errors: %d of %d (a status other than 200, or an answer without matches)%s%n", measured.errors.get(), requests,
                    measured.errorKinds());
            out.printf(Locale.ROOT, "server heap after GC: %.1f MiB at the start, %.1f MiB at the end%s%n", heapStart / 1048576.0, heapEnd / 1048576.0,
                    url == null ? "" : " (the server's last collection, from /health)");
            return measured.errors.get() == 0 ? 0 : 1;
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private UnspinServer startInProcess() throws Exception {
        ServerSettings defaults = ServerSettings.defaults(0);
        int checkThreads = threads == null ? defaults.threads() : threads;
        ServerSettings settings = defaults.withLimits(checkThreads, Math.max(4 * checkThreads, concurrency), defaults.maxRequestBytes(), defaults.timeout());
        return UnspinServer.start(settings, Pipelines.packaged(), Version.current(), line -> spec.commandLine().getErr().println(line));
    }

    /** One run's latencies (nanoseconds, in request order), its errors by kind (status N, or the exception), its duration. */
    private record Run(long[] latencies, AtomicInteger errors, java.util.Map<String, Integer> kinds, long nanos) {
        String errorKinds() {
            return kinds.isEmpty() ? "" : " " + new java.util.TreeMap<>(kinds);
        }
    }

    private Run run(HttpClient client, URI check, String form, int count) throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger errors = new AtomicInteger();
        java.util.Map<String, Integer> kinds = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        PrintWriter err = spec.commandLine().getErr();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long before = System.nanoTime();
                    String error = error(client, check, form);
                    latencies[i] = System.nanoTime() - before;
                    if (error != null) {
                        errors.incrementAndGet();
                        kinds.merge(error, 1, Integer::sum);
                    }
                    int finished = done.incrementAndGet();
                    if (finished % 1000 == 0) {
                        err.printf(Locale.ROOT, "serve-bench: %d of %d requests, %d errors, %.0f s%n", finished, count, errors.get(),
                                (System.nanoTime() - start) / 1e9);
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.HOURS);
        return new Run(latencies, errors, kinds, System.nanoTime() - start);
    }

    /** Null when the answer is a 200 with matches; else what went wrong. */
    private static String error(HttpClient client, URI check, String form) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(check).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "status " + response.statusCode();
            }
            return JSON.readTree(response.body()).path("matches").size() > 0 ? null : "no matches";
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** In process: a full collection, then the heap in use; another process: its /health figure. */
    private long heapAfterGc(HttpClient client, URI base) throws IOException, InterruptedException {
        if (url == null) {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("health")).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(health.body()).path("heapAfterLastGcBytes").asLong();
    }

    private static double millis(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
