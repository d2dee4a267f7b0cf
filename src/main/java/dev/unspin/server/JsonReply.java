package dev.unspin.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Writes a response body: JSON (every answer and every error) or the bytes of a page asset. */
final class JsonReply {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String JSON = "application/json; charset=utf-8";

    private JsonReply() {
    }

    static void send(Response response, Callback callback, int status, JsonNode body) {
        try {
            send(response, callback, status, JSON, MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            send(response, callback, 500, JSON, "{\"error\":\"the answer could not be written\",\"status\":500}".getBytes(StandardCharsets.UTF_8));
        }
    }

    static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** The body of every error: {@code {"error": message, "status": status}}. */
    static ObjectNode error(int status, String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("error", message);
        node.put("status", status);
        return node;
    }

    static void error(Response response, Callback callback, int status, String message) {
        send(response, callback, status, error(status, message));
    }
}
