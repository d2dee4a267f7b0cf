package dev.unspin.rulepack;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double quotes may
 * hold commas, line breaks and doubled quotes ({@code ""}). A record that breaks these rules
 * (text after a closing quote, a quote that is never closed) is reported with its line and
 * skipped; reading resumes on the next line.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /** One record: the 1-based line it starts on, and its fields. */
    public record Row(int line, List<String> fields) {
    }

    /** A record that could not be read. */
    public record Problem(int line, String message) {
    }

    public record Result(List<Row> rows, List<Problem> problems) {
    }

    public static Result read(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int pos = 0;
        int line = 1;
        while (pos < text.length()) {
            int startLine = line;
            int start = pos;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            String error = null;
            boolean endOfRecord = false;
            while (!endOfRecord && error == null) {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    int quoteLine = line;
                    pos++;
                    boolean closed = false;
                    while (pos < text.length()) {
                        char c = text.charAt(pos);
                        if (c == '"') {
                            if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                                field.append('"');
                                pos += 2;
                                continue;
                            }
                            pos++;
                            closed = true;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                        pos++;
                    }
                    if (!closed) {
                        error = "a quoted field opened on line " + quoteLine + " is never closed";
                        break;
                    }
                    if (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                        error = "text after the closing quote of a field (a quote inside a field must be doubled: \"\")";
                        break;
                    }
                } else {
                    while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                        if (text.charAt(pos) == '"') {
                            error = "a quote inside an unquoted field (quote the whole field and double the quote: \"\")";
                            break;
                        }
                        field.append(text.charAt(pos));
                        pos++;
                    }
                    if (error != null) {
                        break;
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (pos >= text.length()) {
                    endOfRecord = true;
                } else if (text.charAt(pos) == ',') {
                    pos++;
                } else {
                    if (text.charAt(pos) == '\r') {
                        pos++;
                    }
                    if (pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    endOfRecord = true;
                }
            }
            if (error != null) {
                problems.add(new Problem(startLine, error));
                // Resume on the line after the one the record started on.
                int next = text.indexOf('\n', start);
                pos = next < 0 ? text.length() : next + 1;
                line = startLine + 1;
                continue;
            }
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                rows.add(new Row(startLine, List.copyOf(fields)));
            }
        }
        return new Result(rows, problems);
    }
}
