package dev.unspin.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.DocumentJudge;
import dev.unspin.engine.Verdict;
import dev.unspin.pipeline.CheckPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every refusal is a 4xx (or 503) with a JSON body and no stack trace, and the server keeps serving after it. */
class ServerErrorsTest {
    private static UnspinServer server;
    private static URI check;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(TestServers.settings().withLimits(2, 8, 4096, Duration.ofSeconds(20)));
        check = TestServers.at(server, "/v2/check");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void assertError(int status, Http.Reply reply, String says) {
        assertEquals(status, reply.status(), reply.body());
        JsonNode body = reply.json();
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("error").asText().contains(says), reply.body());
        assertFalse(reply.body().contains("\tat ") || reply.body().contains("Exception"), reply.body());
    }

    private static void assertStillServing() {
        assertEquals(200, Http.postForm(check, Http.form("text", "A fine day.", "language", "en")).status());
    }

    @Test
    void malformedRequestsAre400() {
        assertError(400, Http.postForm(check, Http.form("language", "en")), "missing the field 'text'");
        assertError(400, Http.postForm(check, Http.form("data", "{\"annotation\": [", "language", "en")), "'data' is not valid JSON");
        assertError(400, Http.postForm(check, Http.form("data", "{\"annotation\": [{\"bold\": 1}]}", "language", "en")), "'text' or 'markup'");
        assertError(400, Http.postForm(check, "text=100%zz&language=en"), "malformed form field");
        assertError(400, Http.postForm(check, Http.form("text", "x", "language", "en", "level", "loud")), "level must be");
        assertError(400, Http.postForm(check, Http.form("text", "x", "language", "en", "enabledOnly", "true")), "enabledOnly=true needs");
        assertError(400, Http.post(TestServers.at(server, "/api/check"), "application/json", "{\"text\": "), "not valid JSON");
        assertError(400, Http.post(TestServers.at(server, "/api/check"), "application/json", "{\"text\": \"x\", \"format\": \"pdf\"}"), "format must be");
        assertError(415, Http.post(check, "text/plain", "hello"), "x-www-form-urlencoded");
        assertStillServing();
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        assertError(404, Http.get(TestServers.at(server, "/v2/nothing")), "no such path");
        Http.Reply wrong = Http.get(check);
        assertError(405, wrong, "POST only");
        assertEquals("POST", wrong.response().headers().firstValue("Allow").orElse(""));
        assertError(405, Http.method(TestServers.at(server, "/health"), "DELETE"), "GET only");
        assertStillServing();
    }

    @Test
    void aBodyOverTheLimitIs413() {
        assertError(413, Http.postForm(check, Http.form("text", "word ".repeat(1000), "language", "en")), "larger than the server's limit of 4096 bytes");
        assertStillServing();
    }

    @Test
    void aServerWithATokenRefusesRequestsWithoutIt() throws Exception {
        try (UnspinServer guarded = TestServers.start(TestServers.settings().withToken("s3cret"))) {
            URI guardedCheck = TestServers.at(guarded, "/v2/check");
            String form = Http.form("text", "A fine day.", "language", "en");
            assertError(401, Http.postForm(guardedCheck, form), "needs a token");
            assertError(401, Http.postForm(guardedCheck, form, "Authorization", "Bearer wrong"), "not this server's");
            assertEquals(200, Http.postForm(guardedCheck, form, "Authorization", "Bearer s3cret").status());
            assertEquals(200, Http.postForm(guardedCheck, form + "&username=me&apiKey=s3cret").status());
            assertEquals(200, Http.get(TestServers.at(guarded, "/health")).status());
        }
    }

    /** A pipeline whose judgement waits for {@code release}, counting down {@code entered} as a check reaches it. */
    private static Pipelines waitingPipelines(CountDownLatch entered, CountDownLatch release) {
        DocumentJudge waiting = (document, findings) -> {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new DocumentJudge.Judgement(0, Verdict.CLEAN);
        };
        return new Pipelines(language -> CheckPipeline.builder().detectors(EnumSet.of(DetectorKind.DICTIONARY)).judge(waiting).build());
    }

    @Test
    void aFullQueueIs429() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ServerSettings settings = TestServers.settings().withLimits(1, 1, 4096, Duration.ofSeconds(30));
        // the requests run on threads of their own: on the common pool (one thread on a 2-core machine, shared with the
        // other tests) the second request could start after a probe, which would then wait in the queue instead of it
        ExecutorService clients = Executors.newCachedThreadPool();
        try (UnspinServer busy = TestServers.start(settings, waitingPipelines(entered, release), new ArrayList<>())) {
            URI busyCheck = TestServers.at(busy, "/v2/check");
            String form = Http.form("text", "A fine day.", "language", "en");
            CompletableFuture<Http.Reply> running = CompletableFuture.supplyAsync(() -> Http.postForm(busyCheck, form), clients);
            assertTrue(entered.await(20, TimeUnit.SECONDS), "the first check is running");
            CompletableFuture<Http.Reply> queued = CompletableFuture.supplyAsync(() -> Http.postForm(busyCheck, form), clients);
            List<CompletableFuture<Http.Reply>> probes = new ArrayList<>();
            Http.Reply refused = null;
            for (int attempt = 0; attempt < 100 && refused == null; attempt++) { // until one finds the queue full
                Thread.sleep(50);
                probes.add(CompletableFuture.supplyAsync(() -> Http.postForm(busyCheck, form), clients));
                refused = probes.stream().filter(p -> p.isDone() && p.join().status() == 429).map(CompletableFuture::join)
                        .findFirst().orElse(null);
            }
            assertTrue(refused != null, "a third check while one runs and one waits is refused");
            assertError(429, refused, "the server is busy");
            release.countDown();
            assertEquals(200, running.get().status());
            // which of the later requests found the free place in the queue is a race; each is answered or refused
            probes.add(queued);
            long answered = 0;
            for (CompletableFuture<Http.Reply> later : probes) {
                int status = later.get().status();
                assertTrue(status == 200 || status == 429, "answered or refused: " + status);
                answered += status == 200 ? 1 : 0;
            }
            assertTrue(answered >= 1, "the request that waited in the queue was answered");
            assertEquals(200, Http.get(TestServers.at(busy, "/health")).status());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aSlowCheckIs503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ServerSettings settings = TestServers.settings().withLimits(1, 1, 4096, Duration.ofMillis(600));
        try (UnspinServer slow = TestServers.start(settings, waitingPipelines(new CountDownLatch(1), release), new ArrayList<>())) {
            Http.Reply reply = Http.postForm(TestServers.at(slow, "/v2/check"), Http.form("text", "A fine day.", "language", "en"));
            assertError(503, reply, "longer than the server's limit of 600 ms");
            release.countDown();
            assertEquals(200, Http.get(TestServers.at(slow, "/health")).status());
        }
    }
}
