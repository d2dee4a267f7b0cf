package dev.unspin.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --languagetool-url: a fake LanguageTool server's matches merged with unspin's; unspin's alone when it fails. */
class LanguageToolPassThroughTest {
    private static final String TEXT = "Their going to discuss local weather exchange on Monday.";
    /** LanguageTool's answer: one grammar match of its own ("Their"), one on the words unspin flags too. */
    private static final String CANNED = "{\"software\":{\"name\":\"LanguageTool\",\"apiVersion\":1},\"matches\":["
            + "{\"message\":\"Did you mean 'They're'?\",\"offset\":0,\"length\":5,\"replacements\":[{\"value\":\"They're\"}],"
            + "\"rule\":{\"id\":\"THEIR_IS\",\"category\":{\"id\":\"GRAMMAR\",\"name\":\"Grammar\"}}},"
            + "{\"message\":\"Possible typo\",\"offset\":29,\"length\":7,\"replacements\":[],"
            + "\"rule\":{\"id\":\"MORFOLOGIK_RULE_EN_US\",\"category\":{\"id\":\"TYPOS\",\"name\":\"Possible Typo\"}}}]}";

    private static Server fake;
    private static final List<String> received = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startFakeLanguageTool() throws Exception {
        fake = new Server();
        ServerConnector connector = new ServerConnector(fake, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        fake.addConnector(connector);
        fake.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                try (InputStream in = Request.asInputStream(request)) {
                    received.add(Request.getPathInContext(request) + "?" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.write(true, ByteBuffer.wrap(CANNED.getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        fake.start();
    }

    @AfterAll
    static void stop() throws Exception {
        fake.stop();
    }

    private static URI fakeUrl() {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) fake.getConnectors()[0]).getLocalPort() + "/v2");
    }

    @Test
    void languageToolsMatchesAreMergedWithUnspinsWhichWinWhereTheyOverlap() throws Exception {
        try (UnspinServer server = TestServers.start(TestServers.settings().withLanguageTool(fakeUrl()).withToken("tok"))) {
            JsonNode answer = Http.postForm(TestServers.at(server, "/v2/check"),
                    Http.form("text", TEXT, "language", "en-US", "apiKey", "tok")).json();
            List<String> rules = new ArrayList<>();
            answer.get("matches").forEach(m -> rules.add(m.at("/rule/id").asText() + "@" + m.get("offset").asInt()));
            assertEquals("THEIR_IS@0", rules.get(0), rules.toString());
            assertEquals(2, rules.size(), rules.toString());
            assertTrue(rules.get(1).endsWith("@" + TEXT.indexOf("local weather exchange")), rules.toString());
            assertFalse(rules.toString().contains("MORFOLOGIK"), rules.toString());
            String forwarded = received.get(received.size() - 1);
            assertTrue(forwarded.startsWith("/v2/check?") && forwarded.contains("language=en-US"), forwarded);
            assertFalse(forwarded.contains("apiKey"), "the server's token is not passed on: " + forwarded);
        }
    }

    @Test
    void whenLanguageToolIsDownUnspinsMatchesAreStillReturnedAndTheFailureLogged() throws Exception {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        ServerSettings settings = TestServers.settings().withLanguageTool(URI.create("http://127.0.0.1:1"));
        try (UnspinServer server = TestServers.start(settings, TestServers.packaged(), log)) {
            Http.Reply reply = Http.postForm(TestServers.at(server, "/v2/check"), Http.form("text", TEXT, "language", "en-US"));
            assertEquals(200, reply.status(), reply.body());
            assertEquals(1, reply.json().get("matches").size(), reply.body());
            assertTrue(log.stream().anyMatch(l -> l.contains("languagetool pass-through: http://127.0.0.1:1/v2/check failed")), log.toString());
        }
    }

    @Test
    void theCheckUrlIsFoundWithOrWithoutV2() {
        assertEquals(URI.create("http://lt:8010/v2/check"), LanguageToolPassThrough.checkUri(URI.create("http://lt:8010")));
        assertEquals(URI.create("http://lt:8010/v2/check"), LanguageToolPassThrough.checkUri(URI.create("http://lt:8010/v2/")));
    }
}
