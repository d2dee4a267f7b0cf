package dev.unspin.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /v2/check as LanguageTool clients send it and read it. */
class LanguageToolApiTest {
    private static UnspinServer server;
    private static URI check;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(TestServers.settings());
        check = TestServers.at(server, "/v2/check");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** The fields LanguageTool's browser extension sends with a text (the ones unspin ignores included). */
    private static Http.Reply extensionCheck(String text) {
        return Http.postForm(check, Http.form("text", text, "language", "auto", "preferredVariants", "en-US,de-DE",
                "enabledOnly", "false", "level", "picky", "disabledRules", "WHITESPACE_RULE", "mode", "allButTextLevelOnly",
                "allowIncompleteResults", "true", "useragent", "webextension-chrome-ng", "textSessionId", "123:456"));
    }

    private static List<JsonNode> matches(JsonNode answer) {
        List<JsonNode> list = new ArrayList<>();
        answer.get("matches").forEach(list::add);
        return list;
    }

    private static String highlighted(String text, JsonNode match) {
        int offset = match.get("offset").asInt();
        return text.substring(offset, offset + match.get("length").asInt());
    }

    @Test
    void theSampleArticlesMatchesHighlightTheRightWordsInLanguageToolsShape() throws Exception {
        String text = TestServers.sample();
        Http.Reply reply = extensionCheck(text);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.response().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode answer = reply.json();
        assertEquals(1, answer.at("/software/apiVersion").asInt());
        assertEquals("unspin", answer.at("/software/name").asText());
        assertFalse(answer.at("/software/premium").asBoolean());
        assertEquals("en-US", answer.at("/language/code").asText());
        assertEquals("English (US)", answer.at("/language/detectedLanguage/name").asText());
        List<JsonNode> matches = matches(answer);
        assertTrue(matches.size() >= 10, "matches: " + matches.size());
        List<String> highlighted = matches.stream().map(m -> highlighted(text, m)).toList();
        assertTrue(highlighted.contains("local weather exchange"), highlighted.toString());
        for (JsonNode m : matches) {
            for (String field : List.of("message", "shortMessage", "sentence")) {
                assertTrue(m.get(field).isTextual(), field + " in " + m);
            }
            assertTrue(m.get("replacements").isArray() && m.get("replacements").size() > 0 && m.at("/replacements/0/value").isTextual(), m.toString());
            assertEquals("Other", m.at("/type/typeName").asText());
            assertTrue(m.at("/rule/id").isTextual() && m.at("/rule/description").isTextual() && m.at("/rule/issueType").isTextual());
            assertTrue(m.at("/rule/category/id").asText().startsWith("UNSPIN_") && m.at("/rule/category/name").isTextual());
            assertTrue(m.get("ignoreForIncompleteSentence").isBoolean() && m.get("contextForSureMatch").isInt());
            JsonNode context = m.get("context");
            String inContext = context.get("text").asText().substring(context.get("offset").asInt(),
                    context.get("offset").asInt() + context.get("length").asInt());
            assertEquals(highlighted(text, m).replace('\n', ' '), inContext);
            assertTrue(m.get("sentence").asText().contains(highlighted(text, m).replace('\n', ' ').strip()) || highlighted(text, m).contains("\n"));
        }
        JsonNode weather = matches.get(highlighted.indexOf("local weather exchange"));
        assertTrue(weather.toString().contains("climate change"), weather.toString());
    }

    @Test
    void offsetsCountUtf16CodeUnitsAsLanguageToolAndJavaScriptDo() {
        String sentence = "Officials discussed supply chain resiliency and local weather exchange on Monday.";
        String withEmoji = "\uD83D\uDE00 " + sentence;
        JsonNode plain = weather(Http.postForm(check, Http.form("text", sentence, "language", "en-US")).json());
        JsonNode shifted = weather(Http.postForm(check, Http.form("text", withEmoji, "language", "en-US")).json());
        assertEquals(plain.get("offset").asInt() + 3, shifted.get("offset").asInt());
        assertEquals("local weather exchange", highlighted(withEmoji, shifted));
    }

    private static JsonNode weather(JsonNode answer) {
        return matches(answer).stream().filter(m -> m.toString().contains("climate change")).findFirst()
                .orElseThrow(() -> new AssertionError("no match for local weather exchange: " + answer));
    }

    @Test
    void annotatedMarkupIsLeftOutOfTheCheckAndOffsetsPointIntoTheWholeMarkup() {
        String data = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"Officials discussed \"},{\"markup\":\"<b>\"},"
                + "{\"text\":\"local weather\"},{\"markup\":\"</b>\"},{\"text\":\" exchange on Monday.\"},"
                + "{\"markup\":\"</p>\",\"interpretAs\":\"\\n\\n\"}]}";
        String original = "<p>Officials discussed <b>local weather</b> exchange on Monday.</p>";
        JsonNode match = weather(Http.postForm(check, Http.form("data", data, "language", "en-GB")).json());
        assertEquals("local weather</b> exchange", highlighted(original, match));
        String plain = "Officials discussed local weather exchange on Monday.";
        JsonNode fromText = weather(Http.postForm(check, Http.form("data", "{\"text\": \"" + plain + "\"}", "language", "en")).json());
        assertEquals("local weather exchange", highlighted(plain, fromText));
    }

    @Test
    void disabledRulesAndEnabledOnlyChooseTheRules() {
        String sentence = "Officials discussed supply chain resiliency and local weather exchange on Monday.";
        JsonNode all = Http.postForm(check, Http.form("text", sentence, "language", "en")).json();
        String rule = weather(all).at("/rule/id").asText();
        JsonNode without = Http.postForm(check, Http.form("text", sentence, "language", "en", "disabledRules", "OTHER_RULE," + rule)).json();
        assertTrue(matches(without).stream().noneMatch(m -> m.at("/rule/id").asText().equals(rule)), without.toString());
        JsonNode only = Http.postForm(check, Http.form("text", sentence, "language", "en", "enabledOnly", "true", "enabledRules", rule)).json();
        assertEquals(List.of(rule), matches(only).stream().map(m -> m.at("/rule/id").asText()).toList());
        String category = weather(all).at("/rule/category/id").asText();
        JsonNode noCategory = Http.postForm(check, Http.form("text", sentence, "language", "en", "disabledCategories", category)).json();
        assertTrue(matches(noCategory).stream().noneMatch(m -> m.at("/rule/category/id").asText().equals(category)));
    }

    @Test
    void onlyEnglishIsChecked() {
        Http.Reply german = Http.postForm(check, Http.form("text", "Guten Tag.", "language", "de-DE"));
        assertEquals(400, german.status());
        assertTrue(german.json().get("error").asText().contains("only English"), german.body());
        assertEquals("en-GB", Http.postForm(check, Http.form("text", "Good day.", "language", "en-GB")).json().at("/language/code").asText());
    }
}
