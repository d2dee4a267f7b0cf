package dev.unspin.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The tests' servers: on 127.0.0.1, port 0, sharing one packaged pipeline (built once per test JVM,
 * thread-safe, so test classes running at once share it too).
 */
final class TestServers {
    static final Path SAMPLE = Path.of("samples/spun-news-2023-05-03.txt");
    private static Pipelines packaged;

    private TestServers() {
    }

    static synchronized Pipelines packaged() {
        if (packaged == null) {
            packaged = Pipelines.packaged();
        }
        return packaged;
    }

    static ServerSettings settings() {
        return new ServerSettings("127.0.0.1", 0, 2, 8, 1 << 20, Duration.ofSeconds(20), java.util.Optional.empty(), java.util.Optional.empty());
    }

    static UnspinServer start(ServerSettings settings, Pipelines pipelines, List<String> log) throws Exception {
        return UnspinServer.start(settings, pipelines, "test", line -> {
            synchronized (log) {
                log.add(line);
            }
        });
    }

    static UnspinServer start(ServerSettings settings) throws Exception {
        return start(settings, packaged(), Collections.synchronizedList(new ArrayList<>()));
    }

    static String sample() throws Exception {
        return Files.readString(SAMPLE);
    }

    static URI at(UnspinServer server, String path) {
        return server.uri().resolve(path);
    }
}
