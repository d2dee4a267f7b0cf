package dev.unspin.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A test's HTTP client: a form or JSON in, the status and the body (parsed as JSON) out. Each request
 * has a client of its own, so no test reuses a connection another test's server (or a refusal) closed.
 */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private Http() {
    }

    /** Fields in order, as a form body. */
    static String form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static Reply postForm(URI uri, String body, String... headers) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), headers,
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), "POST");
    }

    static Reply post(URI uri, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", contentType), new String[0],
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), "POST");
    }

    static Reply get(URI uri) {
        return send(HttpRequest.newBuilder(uri), new String[0], HttpRequest.BodyPublishers.noBody(), "GET");
    }

    static Reply method(URI uri, String method) {
        return send(HttpRequest.newBuilder(uri), new String[0], HttpRequest.BodyPublishers.noBody(), method);
    }

    private static Reply send(HttpRequest.Builder builder, String[] headers, HttpRequest.BodyPublisher body, String method) {
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = client.send(builder.method(method, body).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
