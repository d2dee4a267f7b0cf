package dev.unspin.server;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How {@code unspin serve} runs.
 *
 * @param host            the address to bind (127.0.0.1 unless given)
 * @param port            0: any free port
 * @param threads         checks run at once
 * @param queue           checks that may wait beyond them (429 when more come)
 * @param maxRequestBytes the largest request body (413 beyond)
 * @param timeout         the longest a request may take, waiting included (503 beyond)
 * @param token           the access token requests must carry, if any
 * @param languageTool    a LanguageTool server whose matches are merged with unspin's, if any
 */
public record ServerSettings(String host, int port, int threads, int queue, int maxRequestBytes, Duration timeout,
                             Optional<String> token, Optional<URI> languageTool) {

    public ServerSettings {
        if (threads < 1 || queue < 0 || maxRequestBytes < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("threads and the request size must be at least 1, the queue at least 0, the timeout positive");
        }
    }

    /** Loopback, the given port, one check thread per core, a queue of 4 per thread, 1 MiB, 10 s, no token, no LanguageTool. */
    public static ServerSettings defaults(int port) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerSettings("127.0.0.1", port, cores, 4 * cores, 1 << 20, Duration.ofSeconds(10), Optional.empty(), Optional.empty());
    }

    public ServerSettings withToken(String token) {
        return new ServerSettings(host, port, threads, queue, maxRequestBytes, timeout, Optional.of(token), languageTool);
    }

    public ServerSettings withLimits(int threads, int queue, int maxRequestBytes, Duration timeout) {
        return new ServerSettings(host, port, threads, queue, maxRequestBytes, timeout, token, languageTool);
    }

    public ServerSettings withLanguageTool(URI server) {
        return new ServerSettings(host, port, threads, queue, maxRequestBytes, timeout, token, Optional.of(server));
    }
}
