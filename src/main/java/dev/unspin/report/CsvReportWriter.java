package dev.unspin.report;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** CSV (RFC 4180), one row per finding, with a header row. */
public final class CsvReportWriter implements ReportWriter {
    private static final List<String> HEADER = List.of("path", "line", "column", "end_line", "end_column", "start", "end",
            "rule", "category", "severity", "confidence", "source", "text", "suggestion", "message");
    /** The first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private final Path workingDirectory;

    public CsvReportWriter(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(RunReport report, PrintWriter out) {
        row(out, HEADER);
        for (DocumentResult document : report.documents()) {
            String path = ReportPaths.relative(document.document().path(), workingDirectory);
            for (Finding f : document.findings()) {
                Locations at = Locations.of(document, f);
                row(out, List.of(path, str(at.line()), str(at.column()), str(at.endLine()), str(at.endColumn()),
                        str(f.start()), str(f.end()), f.rule(), f.category().id(), f.severity().id(),
                        String.format(Locale.ROOT, "%.2f", f.confidence()), f.detector().id(),
                        document.document().original().substring(f.start(), f.end()),
                        f.suggestions().isEmpty() ? "" : f.suggestions().get(0), f.message()));
            }
        }
    }

    private static String str(int n) {
        return Integer.toString(n);
    }

    private static void row(PrintWriter out, List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(quote(cell));
        }
        out.print(line.append("\r\n"));
    }

    /**
     * A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break. A cell a
     * spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @},
     * a tab or a carriage return: a path, a phrase or a feed's source name) gets a leading
     * {@code '} and is quoted, as OWASP recommends against CSV injection. Every CSV unspin writes
     * quotes its cells here.
     */
    public static String quote(String cell) {
        if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            return '"' + ("'" + cell).replace("\"", "\"\"") + '"';
        }
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
