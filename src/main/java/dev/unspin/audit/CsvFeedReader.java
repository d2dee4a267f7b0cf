package dev.unspin.audit;

import dev.unspin.input.InputFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV file (RFC 4180, gzip-compressed or not) whose first row names the columns; the fields are
 * chosen as for JSON Lines. A quoted field may span lines; a record is at {@code FILE:LINE}, the
 * line it starts on. A record with a stray quote, a different number of fields than the header, or
 * invalid UTF-8 is a failed record; an unterminated quote fails the record it opens (which then
 * runs to the end of the file, or to {@link #MAX_RECORD_CHARS}).
 */
final class CsvFeedReader implements FeedReader {
    static final int MAX_RECORD_CHARS = 16 << 20;

    private final Path file;
    private final String name;
    private final JsonLinesReader.Fields fields;

    CsvFeedReader(Path file, JsonLinesReader.Fields fields) {
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
        Map<String, Integer> columns = null;
        StringBuilder record = new StringBuilder();
        long start = 0;
        int quotes = 0;
        try (InputStream in = Inputs.open(file)) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
            while (true) {
                buffer.reset();
                if (!JsonLinesReader.readLine(in, buffer)) {
                    break;
                }
                line++;
                byte[] bytes = buffer.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                String text;
                try {
                    text = Inputs.utf8(bytes, length);
                } catch (Inputs.NotUtf8 e) {
                    sink.accept(FeedRecord.failed(name + ":" + (record.isEmpty() ? line : start),
                            e.getMessage() + " in line " + line));
                    record.setLength(0);
                    quotes = 0;
                    continue;
                }
                if (record.isEmpty()) {
                    if (text.isBlank()) {
                        continue;
                    }
                    start = line;
                } else {
                    record.append('\n');
                }
                record.append(text);
                quotes += count(text, '"');
                if (quotes % 2 != 0 && record.length() < MAX_RECORD_CHARS) {
                    continue;
                }
                String position = name + ":" + start;
                if (quotes % 2 != 0) {
                    sink.accept(FeedRecord.failed(position, "malformed CSV: a quoted field longer than "
                            + MAX_RECORD_CHARS + " characters (a quote not closed?)"));
                } else if (columns == null) {
                    columns = header(record.toString(), position, sink);
                } else {
                    sink.accept(record(record.toString(), columns, position));
                }
                record.setLength(0);
                quotes = 0;
            }
            if (!record.isEmpty()) {
                sink.accept(FeedRecord.failed(name + ":" + start, "malformed CSV: a quote not closed before the end of the file"));
            }
        } catch (IOException e) {
            sink.accept(FeedRecord.failed(name + ":" + (line + 1), Inputs.describe(e) + " at line " + (line + 1)
                    + "; the rest of " + name + " could not be read"));
        }
    }

    private Map<String, Integer> header(String row, String position, Consumer<FeedRecord> sink) {
        List<String> names;
        try {
            names = split(row);
        } catch (IllegalArgumentException e) {
            sink.accept(FeedRecord.failed(position, "malformed CSV header: " + e.getMessage() + "; no record of "
                    + name + " can be read"));
            return Map.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).strip().replaceFirst("^\uFEFF", ""), i);
        }
        return columns;
    }

    private FeedRecord record(String row, Map<String, Integer> columns, String position) {
        if (columns.isEmpty()) {
            return FeedRecord.failed(position, "no usable CSV header");
        }
        List<String> values;
        try {
            values = split(row);
        } catch (IllegalArgumentException e) {
            return FeedRecord.failed(position, "malformed CSV: " + e.getMessage());
        }
        int expected = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        if (values.size() < expected) {
            return FeedRecord.failed(position, "malformed CSV: " + values.size() + " fields, the header has at least " + expected);
        }
        String id = field(values, columns, fields.id());
        if (id == null) {
            id = position;
        }
        String url = field(values, columns, fields.url());
        String source = field(values, columns, fields.source());
        if (source == null) {
            source = JsonLinesReader.hostOf(url);
        }
        String html = field(values, columns, fields.html());
        String text = field(values, columns, fields.text());
        if (html != null) {
            return new FeedRecord(id, source, url, html, InputFormat.HTML, position, null);
        }
        if (text != null || columns.containsKey(fields.text())) {
            return new FeedRecord(id, source, url, text == null ? "" : text, InputFormat.TEXT, position, null);
        }
        return FeedRecord.failed(id, source, url, position, "no column '" + fields.text() + "' or '" + fields.html() + "'");
    }

    /** A column's value, or null when the column is absent or the value empty. */
    private static String field(List<String> values, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= values.size() || values.get(i).isEmpty()) {
            return null;
        }
        return values.get(i);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** The fields of one complete record (RFC 4180: "" in a quoted field is a quote). */
    static List<String> split(String row) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = row.length();
        while (true) {
            field.setLength(0);
            if (i < n && row.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("a quote not closed");
                    }
                    char c = row.charAt(i++);
                    if (c == '"') {
                        if (i < n && row.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && row.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote at column " + (i + 1));
                }
            } else {
                while (i < n && row.charAt(i) != ',') {
                    char c = row.charAt(i++);
                    if (c == '"') {
                        throw new IllegalArgumentException("a quote inside an unquoted field at column " + i);
                    }
                    field.append(c);
                }
            }
            out.add(field.toString());
            if (i >= n) {
                return out;
            }
            i++;
        }
    }
}
