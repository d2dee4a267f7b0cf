package dev.unspin.report;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SegmentLookup;
import dev.unspin.engine.SegmentResult;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * CSV (RFC 4180), one row per finding, with a header row. When the run holds a bilingual file, three
 * columns follow the others: {@code segment} (the finding's segment id), {@code segment_score} (that
 * segment's translation score) and {@code translation_score} (its file's); empty on the rows of other
 * files. Columns are only ever added at the end, so readers by name or by position keep working; a run of
 * monolingual files has the same columns as always. Every row stays one finding (no summary rows), so the
 * file stays one table for spreadsheets and CSV tools.
 */
public final class CsvReportWriter implements ReportWriter {
    private static final List<String> HEADER = List.of("path", "line", "column", "end_line", "end_column", "start", "end",
            "rule", "category", "severity", "confidence", "source", "text", "suggestion", "message");
    private static final List<String> TRANSLATION_HEADER = List.of("segment", "segment_score", "translation_score");
    /** The first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private final Path workingDirectory;

    public CsvReportWriter(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(RunReport report, PrintWriter out) {
        boolean bilingual = report.documents().stream().anyMatch(d -> !d.segments().isEmpty());
        row(out, bilingual ? concat(HEADER, TRANSLATION_HEADER) : HEADER);
        for (DocumentResult document : report.documents()) {
            String path = ReportPaths.relative(document.document().path(), workingDirectory);
            SegmentLookup segments = SegmentLookup.of(document.segments());
            String fileScore = document.segments().isEmpty() ? "" : TranslationScores.fileScore(document);
            for (Finding f : document.findings()) {
                Locations at = Locations.of(document, f);
                List<String> cells = List.of(path, str(at.line()), str(at.column()), str(at.endLine()), str(at.endColumn()),
                        str(f.start()), str(f.end()), f.rule(), f.category().id(), f.severity().id(),
                        String.format(Locale.ROOT, "%.2f", f.confidence()), f.detector().id(),
                        document.document().original().substring(f.start(), f.end()),
                        f.suggestions().isEmpty() ? "" : f.suggestions().get(0), f.message());
                row(out, bilingual ? concat(cells, translationCells(fileScore, segments.at(f.start()))) : cells);
            }
        }
    }

    /** The segment's id and score and the file's score ({@code fileScore}: empty for a monolingual file). */
    private static List<String> translationCells(String fileScore, Optional<SegmentResult> segment) {
        return segment
                .map(s -> List.of(s.id(), TranslationScores.formatted(s.score()), fileScore))
                .orElse(List.of("", "", fileScore));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
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
