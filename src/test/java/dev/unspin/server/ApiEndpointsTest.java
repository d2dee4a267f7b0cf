package dev.unspin.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /v2/languages, GET /health, POST /api/check and the page at /. */
class ApiEndpointsTest {
    private static final String MARKDOWN = "# Talks in Seoul\n\nThe officials discussed `local weather exchange` in code, "
            + "and then **local weather exchange** in prose.\n";
    private static UnspinServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(TestServers.settings());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void languagesAreTheEnglishVariantsInLanguageToolsShape() {
        JsonNode languages = Http.get(TestServers.at(server, "/v2/languages")).json();
        List<String> codes = new ArrayList<>();
        languages.forEach(l -> {
            assertEquals("en", l.get("code").asText());
            assertTrue(l.get("name").asText().startsWith("English"));
            codes.add(l.get("longCode").asText());
        });
        assertTrue(codes.containsAll(List.of("en-US", "en-GB", "en-AU")), codes.toString());
    }

    @Test
    void healthSaysOk() {
        JsonNode health = Http.get(TestServers.at(server, "/health")).json();
        assertEquals("ok", health.get("status").asText());
        assertEquals(2, health.get("threads").asInt());
        assertTrue(health.get("heapAfterLastGcBytes").isNumber());
    }

    @Test
    void apiCheckAnswersUnspinsOwnReportForMarkdown() {
        Http.Reply reply = Http.postForm(TestServers.at(server, "/api/check"), Http.form("text", MARKDOWN, "format", "markdown"));
        assertEquals(200, reply.status(), reply.body());
        JsonNode document = reply.json().at("/documents/0");
        JsonNode findings = document.get("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("local weather exchange", findings.get(0).get("text").asText());
        assertEquals(MARKDOWN.lastIndexOf("local weather exchange"), findings.get(0).get("start").asInt());
        assertTrue(document.get("score").isNumber() && document.get("verdict").isTextual());
        assertEquals(1, reply.json().at("/summary/documents").asInt());
    }

    @Test
    void apiCheckTakesAJsonBodyToo() {
        Http.Reply reply = Http.post(TestServers.at(server, "/api/check"), "application/json",
                "{\"text\": \"<p>They discussed local weather exchange.</p>\", \"format\": \"html\"}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("local weather exchange", reply.json().at("/documents/0/findings/0/text").asText());
    }

    @Test
    void thePageIsServedWithNoExternalAssets() {
        Http.Reply page = Http.get(TestServers.at(server, "/"));
        assertEquals(200, page.status());
        assertTrue(page.response().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.response().headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(404, Http.get(TestServers.at(server, "/unspin.properties")).status());
        Http.Reply outside = Http.get(TestServers.at(server, "/index.html/../../../unspin.properties"));
        assertEquals(400, outside.status(), "Jetty refuses the ambiguous path: " + outside.body());
        assertEquals(400, outside.json().get("status").asInt());
    }
}
