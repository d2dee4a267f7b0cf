package dev.unspin.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The named fields of a request: its query string, then its body (a form,
 * application/x-www-form-urlencoded, as LanguageTool clients send it; or a JSON object of strings).
 * A body field wins over a query field of the same name.
 */
final class RequestFields {
    private final Map<String, String> values;

    private RequestFields(Map<String, String> values) {
        this.values = values;
    }

    static RequestFields of(Map<String, String> values) {
        return new RequestFields(new LinkedHashMap<>(values));
    }

    /** The fields of a query string and a body of the given content type (null: none given). */
    static RequestFields parse(String query, String contentType, byte[] body) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query != null) {
            values.putAll(form(query));
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            return new RequestFields(values);
        }
        if (type.startsWith("application/json")) {
            values.putAll(json(body));
        } else if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")) {
            values.putAll(form(new String(body, StandardCharsets.UTF_8)));
        } else {
            throw new HttpProblem(415, "send the fields as application/x-www-form-urlencoded (or, to /api/check, application/json), not " + contentType);
        }
        return new RequestFields(values);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.put(name, value);
            } catch (IllegalArgumentException e) {
                throw new HttpProblem(400, "malformed form field (bad %-escape): " + abbreviate(pair));
            }
        }
        return values;
    }

    private static Map<String, String> json(byte[] body) {
        JsonNode node;
        try {
            node = JsonReply.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new HttpProblem(400, "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new HttpProblem(400, "the body could not be read as JSON");
        }
        if (node == null || !node.isObject()) {
            throw new HttpProblem(400, "the JSON body must be an object of fields, such as {\"text\": \"...\", \"format\": \"markdown\"}");
        }
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode()) {
                throw new HttpProblem(400, "the JSON field '" + e.getKey() + "' must be a string");
            }
            values.put(e.getKey(), e.getValue().asText());
        });
        return values;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A field that must not be blank when given; empty when absent or blank. */
    Optional<String> nonBlank(String name) {
        return get(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    boolean flag(String name) {
        return get(name).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
    }

    /** A comma-separated list, its items stripped, empty items dropped. */
    List<String> list(String name) {
        return get(name).map(v -> java.util.Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** The fields as a form body, without the given ones (what is passed on to another server). */
    String encodedWithout(List<String> left) {
        return values.entrySet().stream().filter(e -> !left.contains(e.getKey()))
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
