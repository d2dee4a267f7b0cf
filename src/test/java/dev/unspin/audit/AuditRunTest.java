package dev.unspin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unspin.engine.Category;
import dev.unspin.engine.Document;
import dev.unspin.pipeline.CheckInput;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Severity;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.SpinScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline with a stand-in checker (fast, and its scores known): every record ends in exactly
 * one line, counts in equal counts out, --resume after a crash, sources.csv.
 */
class AuditRunTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** Scores a document by the number after "score=" in it (0 without), with one finding per "spun" word. */
    static final Function<CheckInput, DocumentResult> CHECKER = input -> {
        Document document = new Document(input.display(), input.text());
        String text = document.original();
        List<Finding> findings = new ArrayList<>();
        int at = text.indexOf("spun");
        while (at >= 0) {
            findings.add(new Finding("test/spun", Category.SPINNER_SYNONYM, Severity.ERROR, 0.5 + at / 1000.0, at, at + 4,
                    List.of("plain"), "spun", DetectorKind.DICTIONARY));
            at = text.indexOf("spun", at + 1);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("score=(\\d+)").matcher(text);
        double score = m.find() ? Double.parseDouble(m.group(1)) : 0;
        if (text.contains("boom")) {
            throw new IllegalStateException("boom");
        }
        if (text.contains("linkage")) {
            throw new IncompatibleClassChangeError("linkage");
        }
        return new DocumentResult(document, document.wordCount(), findings, score, SpinScorer.verdict(score));
    };

    private Audit.Options options(List<Path> inputs, Path out, int threads, int queue, boolean resume) {
        return new Audit.Options(inputs, out, "id", "text", "html", "source", "url", threads, queue, resume, false);
    }

    private static PrintWriter quiet() {
        return new PrintWriter(new ByteArrayOutputStream(), true);
    }

    /** A feed of {@code n} records, every seventh malformed, every eleventh empty, every thirteenth HTML. */
    private Path feed(String name, int n) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i % 7 == 0) {
                s.append("{\"id\": \"m").append(i).append("\", broken\n");
            } else if (i % 11 == 0) {
                s.append("{\"id\": \"e").append(i).append("\", \"text\": \"\"}\n");
            } else if (i % 13 == 0) {
                s.append("{\"id\": \"h").append(i).append("\", \"url\": \"https://pages.example/").append(i)
                        .append("\", \"html\": \"<nav>spun menu</nav><article><p>Page ").append(i).append(" spun.</p></article>\"}\n");
            } else {
                s.append("{\"id\": \"d").append(i).append("\", \"source\": \"s").append(i % 3).append("\", \"text\": \"Document ")
                        .append(i).append(i % 5 == 0 ? " spun spun score=60" : " clean").append(".\"}\n");
            }
        }
        Path file = dir.resolve(name);
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        if (name.endsWith(".gz")) {
            try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
                gz.write(bytes);
            }
        } else {
            Files.write(file, bytes);
        }
        return file;
    }

    private static List<JsonNode> lines(Path documents) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(documents, StandardCharsets.UTF_8)) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }

    private static Map<String, Integer> positions(List<JsonNode> lines) {
        Map<String, Integer> count = new HashMap<>();
        lines.forEach(l -> count.merge(l.get("position").asText(), 1, Integer::sum));
        return count;
    }

    @Test
    void everyRecordEndsInExactlyOneLine() throws Exception {
        Path a = feed("a.jsonl", 500);
        Path b = feed("b.jsonl.gz", 300);
        Path out = dir.resolve("out");
        Audit.Summary s = Audit.run(options(List.of(a, b), out, 4, 3, false), CHECKER, quiet());
        assertTrue(s.balanced());
        assertEquals(800, s.in());
        assertEquals(800, s.written());
        int failed = 500 / 7 + 300 / 7;
        int skipped = (500 / 11 - 500 / 77) + (300 / 11 - 300 / 77);
        assertEquals(failed, s.failed());
        assertEquals(skipped, s.skipped());
        assertEquals(800 - failed - skipped, s.scored());
        List<JsonNode> lines = lines(out.resolve(Audit.DOCUMENTS));
        assertEquals(800, lines.size());
        Map<String, Integer> seen = positions(lines);
        assertEquals(800, seen.size());
        for (int i = 1; i <= 500; i++) {
            assertEquals(1, seen.get(a + ":" + i), a + ":" + i);
        }
        JsonNode d5 = lines.stream().filter(l -> l.get("position").asText().equals(a + ":5")).findFirst().orElseThrow();
        assertEquals("d5", d5.get("id").asText());
        assertEquals("s2", d5.get("source").asText());
        assertEquals("scored", d5.get("status").asText());
        assertEquals(60.0, d5.get("score").asDouble());
        assertEquals("spun", d5.get("verdict").asText());
        assertEquals(2, d5.get("top").size());
        assertEquals("spun", d5.get("top").get(0).get("text").asText());
        assertEquals("plain", d5.get("top").get(0).get("suggestion").asText());
        JsonNode m7 = lines.stream().filter(l -> l.get("position").asText().equals(a + ":7")).findFirst().orElseThrow();
        assertEquals("failed", m7.get("status").asText());
        assertTrue(m7.get("reason").asText().startsWith("malformed JSON"));
        JsonNode h13 = lines.stream().filter(l -> l.get("id").asText().equals("h13")).findFirst().orElseThrow();
        assertEquals("pages.example", h13.get("source").asText());
        assertEquals(1, h13.get("top").size(), "the nav's 'spun' is dropped with the nav");
        assertEquals(3, h13.get("words").asInt());
    }

    @Test
    void aCheckThatThrowsFailsItsRecordOnly() throws Exception {
        Path file = dir.resolve("f.jsonl");
        // an Error (here a library's linkage error) must not kill the worker: the run would hang
        Files.writeString(file, "{\"id\":\"1\",\"text\":\"fine\"}\n{\"id\":\"2\",\"text\":\"boom\"}\n{\"id\":\"3\",\"text\":\"fine\"}\n"
                + "{\"id\":\"4\",\"text\":\"linkage\"}\n{\"id\":\"5\",\"text\":\"linkage\"}\n{\"id\":\"6\",\"text\":\"fine\"}\n");
        Audit.Summary s = Audit.run(options(List.of(file), dir.resolve("out"), 2, 1, false), CHECKER, quiet());
        assertEquals(List.of(3L, 0L, 3L), List.of(s.scored(), s.skipped(), s.failed()));
        List<JsonNode> failed = lines(dir.resolve("out").resolve(Audit.DOCUMENTS)).stream()
                .filter(l -> l.get("status").asText().equals("failed"))
                .sorted(java.util.Comparator.comparing(l -> l.get("id").asText())).toList();
        assertEquals(List.of("2", "4", "5"), failed.stream().map(l -> l.get("id").asText()).toList());
        assertTrue(failed.get(0).get("reason").asText().contains("boom"));
        assertTrue(failed.get(1).get("reason").asText().contains("IncompatibleClassChangeError: linkage"));
    }

    @Test
    void resumeAfterACrashHasEachRecordExactlyOnce() throws Exception {
        Path a = feed("a.jsonl", 400);
        Path b = feed("b.jsonl.gz", 200);
        Path full = dir.resolve("full");
        Audit.run(options(List.of(a, b), full, 3, 2, false), CHECKER, quiet());
        List<String> all = Files.readAllLines(full.resolve(Audit.DOCUMENTS), StandardCharsets.UTF_8);

        // A crash: half the lines were written, the next one only in part.
        Path crashed = dir.resolve("crashed");
        Files.createDirectories(crashed);
        String half = String.join("\n", all.subList(0, 300)) + "\n" + all.get(300).substring(0, 25);
        Files.writeString(crashed.resolve(Audit.DOCUMENTS), half);

        assertThrows(Audit.UsageException.class,
                () -> Audit.run(options(List.of(a, b), crashed, 3, 2, false), CHECKER, quiet()),
                "without --resume an existing documents.jsonl is not touched");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Audit.Summary s = Audit.run(options(List.of(a, b), crashed, 3, 2, true), CHECKER,
                new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cut off a torn last line"));
        assertEquals(300, s.alreadyDone());
        assertEquals(300, s.in());
        assertTrue(s.balanced());

        List<JsonNode> union = lines(crashed.resolve(Audit.DOCUMENTS));
        assertEquals(600, union.size());
        Map<String, Integer> seen = positions(union);
        assertEquals(600, seen.size());
        assertEquals(positions(lines(full.resolve(Audit.DOCUMENTS))).keySet(), seen.keySet());
        Map<String, Integer> ids = new HashMap<>();
        union.forEach(l -> ids.merge(l.get("position").asText().replaceFirst(":\\d+$", "") + "#" + l.get("id").asText(), 1, Integer::sum));
        assertTrue(ids.values().stream().allMatch(n -> n == 1), "each id once per input");

        // A resume of a finished run does nothing.
        Audit.Summary again = Audit.run(options(List.of(a, b), crashed, 3, 2, true), CHECKER, quiet());
        assertEquals(0, again.in());
        assertEquals(600, again.alreadyDone());
        assertEquals(600, Files.readAllLines(crashed.resolve(Audit.DOCUMENTS)).size());

        // sources.csv is recomputed from the whole file, so it equals the uninterrupted run's.
        assertEquals(Files.readString(full.resolve(Audit.SOURCES)), Files.readString(crashed.resolve(Audit.SOURCES)));
    }

    @Test
    void resumeOfAFileThatIsOneTornLine() throws Exception {
        Path file = dir.resolve("f.jsonl");
        Files.writeString(file, "{\"id\":\"1\",\"text\":\"fine\"}\n");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(Audit.DOCUMENTS), "{\"id\":\"1\",\"sou");
        Audit.Summary s = Audit.run(options(List.of(file), out, 1, 1, true), CHECKER, quiet());
        assertEquals(1, s.scored());
        assertEquals(1, Files.readAllLines(out.resolve(Audit.DOCUMENTS)).size());
    }

    @Test
    void csvAndRssInputsAreAccountedForToo() throws Exception {
        Path csv = dir.resolve("f.csv");
        // record 2's quote is never closed: it fails, and reading resumes on the line after it
        Files.writeString(csv, "id,text\n1,fine\n2,\"bad\n3,read after the bad record\n");
        Path rss = dir.resolve("f.rss");
        Files.writeString(rss, "<rss><channel><link>https://n.example/</link><item><guid>r1</guid><description>&lt;p&gt;spun&lt;/p&gt;"
                + "</description></item><item><guid>r2</guid><description></description></item><item><guid>r3</guid><description>x</descr>");
        Path out = dir.resolve("out");
        Audit.Summary s = Audit.run(options(List.of(csv, rss), out, 2, 1, false), CHECKER, quiet());
        assertTrue(s.balanced());
        assertEquals(List.of(6L, 3L, 1L, 2L), List.of(s.in(), s.scored(), s.skipped(), s.failed()));
        JsonNode r1 = lines(out.resolve(Audit.DOCUMENTS)).stream().filter(l -> l.get("id").asText().equals("r1")).findFirst().orElseThrow();
        assertEquals("n.example", r1.get("source").asText());
        assertEquals(1, r1.get("top").size());
    }

    @Test
    void aReaderThatThrowsLosesNoRecordItHandedOn() throws Exception {
        FeedReader buggy = new FeedReader() {
            @Override
            public void read(java.util.function.Consumer<FeedRecord> sink) {
                sink.accept(new FeedRecord("1", "s", null, "fine", dev.unspin.input.InputFormat.TEXT, "bug:1", null));
                throw new IllegalArgumentException("bug");
            }

            @Override
            public String input() {
                return "bug";
            }
        };
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        AuditRun.Counts counts;
        try (DocumentsFile file = new DocumentsFile(out.resolve(Audit.DOCUMENTS))) {
            counts = new AuditRun(new RecordCheck(CHECKER, null), 2, 1).run(List.of(buggy), java.util.Set.of(), file);
        }
        assertEquals(List.of(2L, 1L, 1L), List.of(counts.read(), counts.scored(), counts.failed()));
        assertTrue(Files.readString(out.resolve(Audit.DOCUMENTS)).contains("\"position\":\"bug:1 (next)\""));
    }

    @Test
    void missingInputIsAUsageError() {
        assertThrows(Audit.UsageException.class,
                () -> Audit.run(options(List.of(dir.resolve("nope.jsonl")), dir.resolve("out"), 1, 1, false), CHECKER, quiet()));
    }

    @Test
    void sourcesCsvOnAHandCheckedSet() throws Exception {
        StringBuilder lines = new StringBuilder();
        // Source "a": scores 10, 20, ..., 100 (six of them spun: 50 and up); mean 55, 90th percentile (nearest rank 9 of 10) 90.
        for (int i = 10; i >= 1; i--) {
            double score = i * 10;
            lines.append(String.format("{\"id\":\"a%d\",\"source\":\"a\",\"position\":\"p:a%d\",\"status\":\"scored\",\"words\":%d,"
                    + "\"score\":%s,\"verdict\":\"%s\",\"top\":[]}%n", i, i, 100, score, SpinScorer.verdict(score).id()));
        }
        // Source "b, inc.": scores 0 and 50 (one spun), two skipped (one not English), one failed: mean 25, 90th percentile (rank 2 of 2) 50.
        lines.append("{\"id\":\"b1\",\"source\":\"b, inc.\",\"position\":\"p:b1\",\"status\":\"scored\",\"words\":7,\"score\":0.0,\"verdict\":\"clean\",\"top\":[]}\n");
        lines.append("{\"id\":\"b2\",\"source\":\"b, inc.\",\"position\":\"p:b2\",\"status\":\"scored\",\"words\":5,\"score\":50.0,\"verdict\":\"spun\",\"top\":[]}\n");
        lines.append("{\"id\":\"b3\",\"source\":\"b, inc.\",\"position\":\"p:b3\",\"status\":\"skipped\",\"reason\":\"empty text\"}\n");
        lines.append("{\"id\":\"b4\",\"source\":\"b, inc.\",\"position\":\"p:b4\",\"status\":\"failed\",\"reason\":\"x\"}\n");
        lines.append("{\"id\":\"b5\",\"source\":\"b, inc.\",\"position\":\"p:b5\",\"status\":\"skipped\",\"reason\":\"not English (fr, 1.00)\",\"language\":\"fr\"}\n");
        // No source: one failed line. Source "c": one clean document, 27.5.
        lines.append("{\"id\":\"n\",\"source\":null,\"position\":\"p:n\",\"status\":\"failed\",\"reason\":\"malformed JSON\"}\n");
        lines.append("{\"id\":\"c\",\"source\":\"c\",\"position\":\"p:c\",\"status\":\"scored\",\"words\":3,\"score\":27.5,\"verdict\":\"suspect\",\"top\":[]}\n");
        Path documents = dir.resolve("documents.jsonl");
        Files.writeString(documents, lines);
        Path csv = dir.resolve("sources.csv");
        SourceStats.write(SourceStats.of(documents), csv);
        assertEquals("""
                source,documents,scored,skipped,not_english,failed,words,mean_score,p90_score,share_spun
                a,10,10,0,0,0,1000,55.00,90.00,0.6000
                "b, inc.",5,2,2,1,1,12,25.00,50.00,0.5000
                c,1,1,0,0,0,3,27.50,27.50,0.0000
                (none),1,0,0,0,1,0,0.00,0.00,0.0000
                """, Files.readString(csv));
    }
}
