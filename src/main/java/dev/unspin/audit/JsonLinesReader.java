package dev.unspin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.unspin.input.InputFormat;
import dev.unspin.input.Utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A JSON Lines file (gzip-compressed or not): one JSON object a line, its fields named by
 * {@link Fields}. Blank lines are not records. A line that is not a JSON object, is not valid
 * UTF-8 or has neither text nor HTML is a failed record at {@code FILE:LINE}; a truncated or corrupt
 * gzip stream is one failed record at the line where it broke, and the file ends there.
 * {@link #parse} and {@link #record} are public: the Spark job reads lines and Parquet rows with them.
 */
public final class JsonLinesReader implements FeedReader {
    private static final ObjectReader JSON = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Which fields hold what (--id-field and the others). */
    public record Fields(String id, String text, String html, String source, String url) implements java.io.Serializable {
        public static final Fields DEFAULT = new Fields("id", "text", "html", "source", "url");
    }

    private final Path file;
    private final String name;
    private final Fields fields;

    JsonLinesReader(Path file, Fields fields) {
        this.file = file;
        this.name = file.toString();
        this.fields = fields;
    }

    @Override
    public String input() {
        return name;
    }

    @Override
    public void read(Consumer<FeedRecord> sink) {
        long line = 0;
        try (InputStream in = Inputs.open(file)) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
            while (true) {
                buffer.reset();
                boolean any = readLine(in, buffer);
                if (!any) {
                    return;
                }
                line++;
                FeedRecord record = parse(buffer.toByteArray(), buffer.size(), name + ":" + line, fields);
                if (record != null) {
                    sink.accept(record);
                }
            }
        } catch (IOException e) {
            sink.accept(FeedRecord.failed(name + ":" + (line + 1), Inputs.describe(e) + " at line " + (line + 1)
                    + "; the rest of " + name + " could not be read"));
        }
    }

    /** Reads up to a newline (dropped, as is a \r before it); false at the end of the input with nothing read. */
    static boolean readLine(InputStream in, ByteArrayOutputStream out) throws IOException {
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                return true;
            }
            out.write(b);
        }
        return any;
    }

    /** The record of one line (its first {@code length} bytes, without the newline), or null for a blank line. */
    public static FeedRecord parse(byte[] bytes, int length, String position, Fields fields) {
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        String text;
        try {
            text = Utf8.decode(bytes, length);
        } catch (Utf8.Invalid e) {
            return FeedRecord.failed(position, e.getMessage());
        }
        if (text.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return FeedRecord.failed(position, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return FeedRecord.failed(position, "not a JSON object");
        }
        return record(string(node, fields.id()), string(node, fields.source()), string(node, fields.url()),
                string(node, fields.html()), string(node, fields.text()), position, fields);
    }

    /**
     * The record of one row's fields (null where absent): no id makes the position the id, no source
     * the URL's host; HTML wins over text; with neither the record fails.
     */
    public static FeedRecord record(String id, String source, String url, String html, String body, String position,
                                    Fields fields) {
        if (id == null) {
            id = position;
        }
        if (source == null) {
            source = hostOf(url);
        }
        if (html != null) {
            return new FeedRecord(id, source, url, html, InputFormat.HTML, position, null);
        }
        if (body != null) {
            return new FeedRecord(id, source, url, body, InputFormat.TEXT, position, null);
        }
        return FeedRecord.failed(id, source, url, position,
                "no string field '" + fields.text() + "' or '" + fields.html() + "'");
    }

    /** A field's value as text: strings as they are, numbers and booleans written out, anything else null. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        return value.asText();
    }

    /** The host of a URL (without "www."), or null. */
    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(java.util.Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
