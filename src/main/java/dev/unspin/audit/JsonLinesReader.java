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

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path file;
    private final String name;
    private final Fields fields;
    private final long maxRecordBytes;

    JsonLinesReader(Path file, Fields fields) {
        this(file, file.toString(), fields, RecordSize.DEFAULT);
    }

    /** {@code name}: the file as positions show it; lines over {@code maxRecordBytes} fail without being kept in memory. */
    JsonLinesReader(Path file, String name, Fields fields, long maxRecordBytes) {
        this.file = file;
        this.name = name;
        this.fields = fields;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public String input() {
        return name;
    }

    @Override
    public void read(Consumer<FeedRecord> sink) {
        long line = 0;
        try (InputStream in = Inputs.open(file)) {
            BoundedLines lines = new BoundedLines(in, maxRecordBytes);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
            while (true) {
                long length = lines.next(buffer);
                if (length == -1) {
                    return;
                }
                line++;
                FeedRecord record = parseLine(buffer.toByteArray(), length, line, name, fields, maxRecordBytes);
                if (record != null) {
                    sink.accept(record);
                }
            }
        } catch (IOException e) {
            sink.accept(FeedRecord.failed(name + ":" + (line + 1), Inputs.describe(e) + " at line " + (line + 1)
                    + "; the rest of " + name + " could not be read"));
        }
    }

    /**
     * The record of line {@code number} (from 1) of the file {@code name}, {@code length} bytes long
     * ({@code bytes} holds it unless it is over {@code maxRecordBytes}, which fails the record), or null
     * for a blank line. A UTF-8 byte order mark before the first line is not part of it. The Spark job
     * reads its lines with this too.
     */
    public static FeedRecord parseLine(byte[] bytes, long length, long number, String name, Fields fields, long maxRecordBytes) {
        String position = name + ":" + number;
        if (length > maxRecordBytes) {
            return FeedRecord.failed(position, RecordSize.tooLarge(length, maxRecordBytes));
        }
        int from = number == 1 && startsWithBom(bytes) ? BOM.length : 0;
        return parse(from == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, from, (int) length), (int) length - from, position, fields);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && java.util.Arrays.equals(bytes, 0, BOM.length, BOM, 0, BOM.length);
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
        JsonNode html = node.get(fields.html());
        boolean htmlUsable = html != null && html.isTextual();
        String notString = html != null && !html.isNull() && !htmlUsable ? fields.html()
                : !htmlUsable && node.hasNonNull(fields.text()) && !node.get(fields.text()).isTextual() ? fields.text() : null;
        if (notString != null) {
            String id = string(node, fields.id());
            return FeedRecord.failed(id == null ? position : id, string(node, fields.source()), string(node, fields.url()),
                    position, "field '" + notString + "' is not a string (" + kind(node.get(notString)) + ")");
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
            return FeedRecord.ofText(id, source, url, html, InputFormat.HTML, position);
        }
        if (body != null) {
            return FeedRecord.ofText(id, source, url, body, InputFormat.TEXT, position);
        }
        return FeedRecord.failed(id, source, url, position,
                "no string field '" + fields.text() + "' or '" + fields.html() + "'");
    }

    /** What a JSON value is, for a message: null, a number, a boolean, an array, an object. */
    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case NULL -> "null";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
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
