package dev.unspin.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads CSV (RFC 4180, UTF-8) record by record from a stream of any size. Fields are separated by
 * commas and records by line breaks (LF or CRLF); a field in double quotes may hold commas, line
 * breaks (read as LF) and doubled quotes ({@code ""}). A byte order mark at the start is skipped, and
 * a blank line between records is no record. Each record is at the line it starts on.
 *
 * <p>A record that cannot be read is one problem at its line, and reading goes on: a quote inside
 * an unquoted field, text after a closing quote and a quote never closed make reading resume on
 * the line after the record's first (its other lines may be records of their own: the opening quote
 * was probably a stray one); a record longer than the limit ends the same way, except that a line
 * longer than the limit is skipped whole; a record with bytes that are not UTF-8 ends where the
 * record ends. Memory stays bounded by the limit whatever the input.
 */
public final class CsvReader implements Closeable {
    /** The limit the project reads with: 16 MiB of UTF-8 in one record. */
    public static final int MAX_RECORD_BYTES = 16 << 20;

    private final InputStream in;
    private final Utf8Lines lines;
    private final int maxRecordBytes;
    private final Deque<Utf8Lines.Line> reread = new ArrayDeque<>();

    /** Reads {@code in}, which it closes when closed; a record of more than {@code maxRecordBytes} bytes is a problem. */
    public CsvReader(InputStream in, int maxRecordBytes) {
        this.in = in;
        this.lines = new Utf8Lines(in, maxRecordBytes);
        this.maxRecordBytes = maxRecordBytes;
    }

    /** The next record or problem, or null at the end of the input. */
    public CsvRecord next() throws IOException {
        Utf8Lines.Line first = nextLine();
        while (first != null && isBlank(first)) {
            first = nextLine();
        }
        if (first == null) {
            return null;
        }
        List<Utf8Lines.Line> taken = new ArrayList<>(List.of(first));
        try {
            List<String> fields = fields(taken);
            for (Utf8Lines.Line line : taken) {
                if (line.invalidUtf8() != null) {
                    return CsvRecord.problem(first.number(), line.invalidUtf8() + " in line " + line.number());
                }
            }
            return CsvRecord.row(first.number(), fields);
        } catch (Unreadable e) {
            for (int i = taken.size() - 1; i >= 1; i--) {
                if (!taken.get(i).tooLong()) {
                    reread.addFirst(taken.get(i));
                }
            }
            return CsvRecord.problem(first.number(), e.getMessage());
        }
    }

    /** How many lines were read from the input so far: an input that fails to read failed on the line after. */
    public long linesRead() {
        return lines.linesRead();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The fields of the record that starts with the one line in {@code taken}, adding each further line it spans. */
    private List<String> fields(List<Utf8Lines.Line> taken) throws IOException, Unreadable {
        Utf8Lines.Line line = taken.get(0);
        if (line.tooLong()) {
            throw tooLong(taken);
        }
        long size = line.bytes();
        String text = line.text();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i == text.length()) {
                        line = nextLine();
                        if (line == null) {
                            throw new Unreadable("a quote not closed before the end of the file");
                        }
                        taken.add(line);
                        size += 1 + line.bytes();
                        if (line.tooLong() || size > maxRecordBytes) {
                            throw tooLong(taken);
                        }
                        field.append('\n');
                        text = line.text();
                        i = 0;
                        continue;
                    }
                    char c = text.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < text.length() && text.charAt(i) != ',') {
                    throw new Unreadable("text after a closing quote at " + place(taken, line, i));
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',') {
                    char c = text.charAt(i);
                    if (c == '"') {
                        throw new Unreadable("a quote inside an unquoted field at " + place(taken, line, i));
                    }
                    field.append(c);
                    i++;
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i == text.length()) {
                return fields;
            }
            i++;
        }
    }

    private Unreadable tooLong(List<Utf8Lines.Line> taken) {
        return new Unreadable("a record longer than " + maxRecordBytes + " bytes" + (taken.size() > 1 ? " (a quote not closed?)" : ""));
    }

    /** Where in the record a character is: its column, and its line when that is not the record's first. */
    private static String place(List<Utf8Lines.Line> taken, Utf8Lines.Line line, int index) {
        return (line == taken.get(0) ? "" : "line " + line.number() + ", ") + "column " + (index + 1);
    }

    private Utf8Lines.Line nextLine() throws IOException {
        return reread.isEmpty() ? lines.next() : reread.removeFirst();
    }

    private static boolean isBlank(Utf8Lines.Line line) {
        return !line.tooLong() && line.invalidUtf8() == null && line.text().isBlank();
    }

    /** Why the record being read cannot be read. */
    private static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
