package dev.unspin.baseline;

import dev.unspin.engine.Category;
import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Severity;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Verdict;
import dev.unspin.input.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineTest {
    @TempDir
    Path dir;

    private static DocumentResult result(String path, String text, InputFormat format, String... phrases) {
        Document document = new Document(path, text, format.prose(text));
        List<Finding> findings = java.util.Arrays.stream(phrases).map(p -> {
            int start = text.indexOf(p);
            return new Finding("r/" + p.replace(' ', '-'), Category.SPINNER_SYNONYM, Severity.ERROR, 0.95, start, start + p.length(),
                    List.of("x"), "m", DetectorKind.DICTIONARY);
        }).toList();
        return new DocumentResult(document, 100, findings, 50, Verdict.SPUN);
    }

    @Test
    void theContextIsProseWordsOnTheFindingsOwnLine() {
        String text = "Above the line.\nSee [the *local weather exchange* report](https://example.org/a/b) `code` now, "
                + "it’s here.\nBelow.";
        DocumentResult r = result(dir.resolve("a.md").toString(), text, InputFormat.MARKDOWN, "local weather exchange");
        Baseline.Key key = Baseline.key(r, r.findings().get(0), dir);
        assertEquals(new Baseline.Key("a.md", "r/local-weather-exchange", "local weather exchange", "see the", "report now it's"), key);
        DocumentResult plain = result(dir.resolve("sub/a.txt").toString(), "local  weather\nexchange", InputFormat.TEXT,
                "local  weather\nexchange");
        assertEquals(new Baseline.Key("sub/a.txt", "r/local--weather\nexchange", "local weather exchange", "", ""),
                Baseline.key(plain, plain.findings().get(0), dir));
    }

    @Test
    void writtenAndReadBackItKeepsEveryFindingAndCount() throws Exception {
        Path file = dir.resolve("b.json");
        String text = "One \"quoted\": local weather exchange.\nOne \"quoted\": local weather exchange.\nnuclear fingers\n";
        DocumentResult r = result(dir.resolve("x.txt").toString(), text, InputFormat.TEXT, "local weather exchange", "nuclear fingers");
        Baseline written = Baseline.of(List.of(r, r), file);
        assertEquals(4, written.size());
        written.write(file);
        Baseline read = Baseline.read(file);
        assertEquals(4, read.size());
        assertEquals(List.of(), read.shown(r));
        assertTrue(Files.readString(file).contains("\"before\": \"one quoted\""), Files.readString(file));
    }

    @Test
    void anotherFormatNumberIsRefused() throws Exception {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\"unspinBaseline\": 2, \"findings\": []}");
        Baseline.InvalidBaselineException e = assertThrows(Baseline.InvalidBaselineException.class, () -> Baseline.read(file));
        assertEquals(file + ": baseline format 2 is not supported (this unspin reads format 1)", e.getMessage());
        Files.writeString(file, "{\"findings\": []}");
        assertThrows(Baseline.InvalidBaselineException.class, () -> Baseline.read(file));
        Files.writeString(file, "{\"unspinBaseline\": 1, \"findings\": [{\"path\": \"a\", \"rule\": \"r\", \"text\": \"t\","
                + " \"before\": \"\", \"after\": \"\", \"count\": 0}]}");
        e = assertThrows(Baseline.InvalidBaselineException.class, () -> Baseline.read(file));
        assertEquals(file + ": findings[0].count must be a positive integer", e.getMessage());
    }
}
