package dev.unspin.cli;

import dev.unspin.input.InputFormat;
import dev.unspin.pipeline.CheckInput;
import dev.unspin.server.Pipelines;
import dev.unspin.server.ServerSettings;
import dev.unspin.server.UnspinServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve checks over HTTP: LanguageTool's API (POST /v2/check, GET /v2/languages), so LanguageTool's "
                + "browser extension, office add-ins and editor plug-ins underline spun phrasing; unspin's own JSON report "
                + "(POST /api/check); GET /health; the editors' page at /.",
                "",
                "One warm pipeline (packaged rules, every detector, the default min-confidence; configuration files are not "
                        + "read) answers every request. Runs until stopped."})
final class ServeCommand implements Callable<Integer> {
    /** Checked once before the server listens, so the first request finds every detector started. */
    static final String WARM_UP = "The officials mentioned local weather exchange and the place of business said so.";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, loopback only). Another address makes the "
                    + "server reachable from other machines: protect it with --token-file.")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8081",
            description = "The port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--threads", paramLabel = "N", converter = AtLeastOne.class, description = "Checks run at once (default: one per core).")
    Integer threads;

    @Option(names = "--queue", paramLabel = "N",
            description = "Checks that may wait beyond those running; more are refused with 429 (default: 4 per thread).")
    Integer queue;

    @Option(names = "--max-request-size", paramLabel = "BYTES", defaultValue = "1048576",
            description = "The largest request body; larger ones are refused with 413 (default: ${DEFAULT-VALUE}, 1 MiB).")
    int maxRequestSize;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "The longest a request may take, waiting included; beyond it the answer is 503 (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Requests to /v2/check and /api/check must carry the token in this file's first line: "
                    + "'Authorization: Bearer TOKEN', or the form field apiKey (a LanguageTool client's API key setting).")
    Path tokenFile;

    @Option(names = "--languagetool-url", paramLabel = "URL",
            description = "Also send each /v2/check request to this LanguageTool server (e.g. http://localhost:8010) and "
                    + "merge its matches with unspin's (unspin's win where they overlap).")
    URI languageToolUrl;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings settings = settings();
        if (!loopback(settings.host()) && settings.token().isEmpty()) {
            err.println("unspin serve: warning: listening on " + settings.host() + " with no --token-file: anyone who can reach "
                    + "this machine can use the server");
        }
        long started = System.nanoTime();
        Pipelines pipelines = Pipelines.packaged();
        pipelines.forSourceLanguage(Optional.empty()).check(CheckInput.of("warm-up", WARM_UP, InputFormat.TEXT));
        try (UnspinServer server = UnspinServer.start(settings, pipelines, Version.current(), line -> err.println(line))) {
            spec.commandLine().getOut().printf(Locale.ROOT, "unspin serve: ready in %d ms at %s (LanguageTool API: %sv2)%n",
                    (System.nanoTime() - started) / 1_000_000, server.uri(), server.uri());
            spec.commandLine().getOut().flush();
            server.join();
        }
        return 0;
    }

    ServerSettings settings() {
        ServerSettings defaults = ServerSettings.defaults(port);
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("--timeout must be positive, got " + timeoutSeconds);
        }
        int threadCount = threads == null ? defaults.threads() : threads;
        ServerSettings settings = new ServerSettings(host, port, threadCount, queue == null ? 4 * threadCount : queue, maxRequestSize,
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)), Optional.empty(), Optional.ofNullable(languageToolUrl));
        if (tokenFile != null) {
            settings = settings.withToken(dev.unspin.server.AccessTokenFile.read(tokenFile));
        }
        return settings;
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
