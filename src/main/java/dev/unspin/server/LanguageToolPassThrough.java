package dev.unspin.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * --languagetool-url: a /v2/check request is also sent to a LanguageTool server, and its matches are
 * merged with unspin's. When it fails (down, slow, an error status, an answer that is not LanguageTool's
 * JSON) the failure is logged and the answer has unspin's matches alone.
 */
final class LanguageToolPassThrough {
    /** Fields not passed on: this server's token. */
    private static final List<String> PRIVATE_FIELDS = List.of("apiKey", "username");

    private final URI check;
    private final Duration timeout;
    private final Consumer<String> log;
    private final HttpClient client;

    LanguageToolPassThrough(URI server, Duration timeout, Consumer<String> log) {
        this.check = checkUri(server);
        this.timeout = timeout;
        this.log = log;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The server's /v2/check, given its base URL with or without the /v2 a client's setting has. */
    static URI checkUri(URI server) {
        String base = server.toString().replaceAll("/+$", "");
        return URI.create(base.endsWith("/v2") ? base + "/check" : base + "/v2/check");
    }

    URI checkUri() {
        return check;
    }

    /** The server's matches for the same fields (its JSON nodes, unchanged); none when it fails. */
    CompletableFuture<List<JsonNode>> matches(RequestFields fields) {
        HttpRequest request = HttpRequest.newBuilder(check).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(fields.encodedWithout(PRIVATE_FIELDS), StandardCharsets.UTF_8))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(this::parse)
                .exceptionally(e -> {
                    log.accept("languagetool pass-through: " + check + " failed: " + rootMessage(e));
                    return List.of();
                });
    }

    private List<JsonNode> parse(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            log.accept("languagetool pass-through: " + check + " answered " + response.statusCode());
            return List.of();
        }
        try {
            JsonNode matches = JsonReply.MAPPER.readTree(response.body()).get("matches");
            List<JsonNode> list = new ArrayList<>();
            if (matches != null && matches.isArray()) {
                matches.forEach(list::add);
            }
            return list;
        } catch (java.io.IOException e) {
            log.accept("languagetool pass-through: " + check + " answered something other than JSON");
            return List.of();
        }
    }

    /**
     * unspin's matches and LanguageTool's in one list by offset; where they overlap, unspin's wins
     * (a LanguageTool match overlapping any of unspin's is left out).
     */
    static List<JsonNode> merge(List<ObjectNode> unspin, List<JsonNode> languageTool) {
        List<JsonNode> merged = new ArrayList<>(unspin);
        for (JsonNode other : languageTool) {
            int start = other.path("offset").asInt(-1);
            int end = start + other.path("length").asInt(0);
            boolean overlaps = unspin.stream().anyMatch(m -> {
                int s = m.get("offset").asInt();
                int e = s + m.get("length").asInt();
                return start < e && s < end;
            });
            if (start >= 0 && !overlaps) {
                merged.add(other);
            }
        }
        merged.sort(java.util.Comparator.comparingInt(m -> m.path("offset").asInt()));
        return merged;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
