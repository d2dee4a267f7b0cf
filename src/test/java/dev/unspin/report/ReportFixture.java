package dev.unspin.report;

import dev.unspin.engine.Category;
import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Severity;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Verdict;
import dev.unspin.input.InputProblem;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A small run with awkward text (quotes, commas, markup, a second line) for every writer's tests. */
final class ReportFixture {
    static final Path WORKING_DIRECTORY = Path.of("/work/repo");
    static final String TEXT = "Title, \"quoted\" & <b>bold</b>\nThey discussed local weather exchange, 100% sure.\n";

    private ReportFixture() {
    }

    static RunReport report() {
        Document doc = new Document("/work/repo/docs/a file.md", TEXT);
        int start = TEXT.indexOf("local weather exchange");
        Finding spin = new Finding("test/local-weather-exchange", Category.SPINNER_SYNONYM, Severity.ERROR, 0.95,
                start, start + "local weather exchange".length(), List.of("climate change"),
                "\u201Clocal weather exchange\u201D, a spin: write \u201Cclimate change\u201D.", DetectorKind.DICTIONARY);
        int q = TEXT.indexOf("quoted");
        Finding other = new Finding("test/quoted", Category.MACHINE_TRANSLATION, Severity.INFO, 0.55, q, q + 6, List.of(),
                "odd, \"quoted\" text: 100%", DetectorKind.GRAMMAR);
        DocumentResult result = new DocumentResult(doc, 12, List.of(other, spin), 42.0, Verdict.SUSPECT);
        Document clean = new Document("clean.txt", "All fine here.\n");
        DocumentResult cleanResult = new DocumentResult(clean, 3, List.of(), 0.0, Verdict.CLEAN);
        return new RunReport("9.9.9", List.of(result, cleanResult), List.of(new InputProblem("bad.txt", "binary file (contains NUL bytes), not text")));
    }

    static String render(ReportWriter writer) {
        java.io.StringWriter text = new java.io.StringWriter();
        writer.write(report(), new PrintWriter(text));
        return text.toString();
    }
}
