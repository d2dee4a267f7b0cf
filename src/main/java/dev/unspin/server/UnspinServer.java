package dev.unspin.server;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code unspin serve}'s HTTP server: Jetty 12 (its core Handler API) in front of the warm pipelines,
 * with checks run by a {@link CheckRunner}. Jetty's own threads only read requests and wait for checks:
 * there are enough of them for every check running and waiting, so a full queue is answered 429.
 */
public final class UnspinServer implements AutoCloseable {
    /** Jetty's threads beyond those waiting for checks: the acceptor, the selector, requests for the page and /health. */
    private static final int SPARE_HTTP_THREADS = 8;

    private final Server server;
    private final ServerConnector connector;
    private final CheckRunner runner;

    private UnspinServer(Server server, ServerConnector connector, CheckRunner runner) {
        this.server = server;
        this.connector = connector;
        this.runner = runner;
    }

    /** Starts serving; {@code log} gets one line per failure (of a check, of the LanguageTool pass-through). */
    public static UnspinServer start(ServerSettings settings, Pipelines pipelines, String version, Consumer<String> log) throws Exception {
        CheckRunner runner = new CheckRunner(settings.threads(), settings.queue(), settings.timeout());
        Optional<LanguageToolPassThrough> passThrough = settings.languageTool()
                .map(url -> new LanguageToolPassThrough(url, settings.timeout(), log));
        UnspinHandler handler = new UnspinHandler(settings,
                new LanguageToolCheck(pipelines, runner, passThrough, version),
                new ApiCheck(pipelines, runner, version), version, log);
        QueuedThreadPool threads = new QueuedThreadPool(settings.threads() + settings.queue() + SPARE_HTTP_THREADS, 2);
        threads.setName("unspin-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
        server.setHandler(handler);
        server.setErrorHandler(new JsonErrorHandler());
        try {
            server.start();
        } catch (Exception e) {
            runner.close();
            server.stop();
            throw e;
        }
        return new UnspinServer(server, connector, runner);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** http://host:port/ */
    public URI uri() {
        String host = connector.getHost().contains(":") ? "[" + connector.getHost() + "]" : connector.getHost();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            runner.close();
        }
    }
}
