package dev.unspin.audit;

import dev.unspin.input.CsvReader;
import dev.unspin.input.CsvRecord;
import dev.unspin.input.InputFormat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV file (RFC 4180, gzip-compressed or not, read by {@link CsvReader}) whose first row names the
 * columns; the fields are chosen as for JSON Lines. A quoted field may span lines; a record is at
 * {@code FILE:LINE}, the line it starts on. A record the CSV reader cannot read (a stray quote, text
 * after a closing quote, a quote never closed, a record over --max-record-size, invalid UTF-8) or with
 * fewer fields than the header names is a failed record, and reading goes on.
 */
final class CsvFeedReader implements FeedReader {
    private final Path file;
    private final String name;
    private final JsonLinesReader.Fields fields;
    private final long maxRecordBytes;

    CsvFeedReader(Path file, JsonLinesReader.Fields fields) {
        this(file, file.toString(), fields, RecordSize.DEFAULT);
    }

    CsvFeedReader(Path file, String name, JsonLinesReader.Fields fields, long maxRecordBytes) {
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
        CsvReader reader;
        try {
            reader = new CsvReader(Inputs.open(file), (int) maxRecordBytes);
        } catch (IOException e) {
            sink.accept(unreadable(1, e));
            return;
        }
        try (reader) {
            Map<String, Integer> columns = null;
            for (CsvRecord row = reader.next(); row != null; row = reader.next()) {
                String position = name + ":" + row.line();
                if (columns == null) {
                    columns = header(row, position, sink);
                } else {
                    sink.accept(record(row, columns, position));
                }
            }
        } catch (IOException e) {
            sink.accept(unreadable(reader.linesRead() + 1, e));
        }
    }

    /** The failure that ends the file: it could not be read from this line on. */
    private FeedRecord unreadable(long line, IOException e) {
        return FeedRecord.failed(name + ":" + line, Inputs.describe(e) + " at line " + line
                + "; the rest of " + name + " could not be read");
    }

    private Map<String, Integer> header(CsvRecord row, String position, Consumer<FeedRecord> sink) {
        if (row.isProblem()) {
            sink.accept(FeedRecord.failed(position, "malformed CSV header: " + row.problem() + "; no record of "
                    + name + " can be read"));
            return Map.of();
        }
        List<String> names = row.fields();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).strip(), i);
        }
        return columns;
    }

    private FeedRecord record(CsvRecord row, Map<String, Integer> columns, String position) {
        if (columns.isEmpty()) {
            return FeedRecord.failed(position, "no usable CSV header");
        }
        if (row.isProblem()) {
            return FeedRecord.failed(position, "malformed CSV: " + row.problem());
        }
        List<String> values = row.fields();
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
            return FeedRecord.ofText(id, source, url, html, InputFormat.HTML, position);
        }
        if (text != null || columns.containsKey(fields.text())) {
            return FeedRecord.ofText(id, source, url, text == null ? "" : text, InputFormat.TEXT, position);
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
}
