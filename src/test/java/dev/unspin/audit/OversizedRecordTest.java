package dev.unspin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, item 3: a record over --max-record-size is one failed line, read without being kept in
 * memory, and the run (and a --resume of it) goes on.
 */
class OversizedRecordTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static Audit.Options options(List<Path> inputs, Path out, boolean resume, long maxRecordBytes) {
        return new Audit.Options(inputs, out, "id", "text", "html", "source", "url", 2, 2, resume, true,
                maxRecordBytes, "test", Map.of());
    }

    private static PrintWriter quiet() {
        return new PrintWriter(new ByteArrayOutputStream(), true);
    }

    private static List<JsonNode> lines(Path out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(Audit.DOCUMENTS), StandardCharsets.UTF_8)) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }

    private static JsonNode byId(List<JsonNode> lines, String id) {
        return lines.stream().filter(l -> l.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    /** Writes {@code bytes} bytes of "word " (a multiple of 5 is not needed) to {@code out}, in blocks. */
    private static void words(OutputStream out, long bytes) throws IOException {
        byte[] block = "word ".repeat(1 << 14).getBytes(StandardCharsets.US_ASCII);
        for (long left = bytes; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    @Test
    void aLineOverTheLimitIsOneFailedLineAndTheOthersAreChecked() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\": \"a\", \"text\": \"First spun.\"}\n"
                + "{\"id\": \"big\", \"text\": \"" + "word ".repeat(1000) + "\"}\n"
                + "{\"id\": \"c\", \"text\": \"Third spun.\"}\n");
        Path out = dir.resolve("out");
        Audit.Summary s = Audit.run(options(List.of(feed), out, false, 1024), AuditRunTest.CHECKER, quiet());
        assertEquals(List.of(2L, 1L), List.of(s.scored(), s.failed()));
        assertNull(s.inconsistency());
        JsonNode big = byId(lines(out), feed + ":2");
        assertEquals("failed", big.get("status").asText());
        assertEquals("record too large: 4.9 KiB is over the record size limit of 1.0 KiB (--max-record-size); not checked",
                big.get("reason").asText());
        assertTrue(Files.exists(out.resolve(Audit.SOURCES)) && Files.exists(out.resolve(Audit.SUMMARY)));

        // a resume meets the record again and does not die on it: it is done already
        Audit.Summary again = Audit.run(options(List.of(feed), out, true, 1024), AuditRunTest.CHECKER, quiet());
        assertEquals(3, again.alreadyDone());
        assertTrue(again.balanced());
    }

    /** A 3 MB gzip that inflates to one 48 MB line (over the default 20 MiB), then a normal record. */
    @Test
    void aGzipThatInflatesToOneHugeLineFailsThatLineOnly() throws Exception {
        Path feed = dir.resolve("bomb.jsonl.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(feed), 1 << 16)) {
            gz.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.US_ASCII));
            words(gz, 48L << 20);
            gz.write("\"}\n{\"id\": \"after\", \"text\": \"After it, spun.\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
        Path out = dir.resolve("out");
        Audit.Summary s = Audit.run(options(List.of(feed), out, false, RecordSize.DEFAULT), AuditRunTest.CHECKER, quiet());
        assertEquals(List.of(1L, 1L), List.of(s.scored(), s.failed()));
        List<JsonNode> lines = lines(out);
        assertTrue(byId(lines, feed + ":1").get("reason").asText().startsWith("record too large: 48.0 MiB is over the record size limit of 20.0 MiB"));
        assertEquals("scored", byId(lines, "after").get("status").asText());
    }

    @Test
    void aGzippedPageOverTheLimitInADirectoryFailsThatPageOnly() throws Exception {
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve("huge.html.gz")))) {
            gz.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            words(gz, 200_000);
        }
        Files.writeString(pages.resolve("small.html"), "<p>A small spun page.</p>");
        Path out = dir.resolve("out");
        Audit.Summary s = Audit.run(options(List.of(pages), out, false, 64 << 10), AuditRunTest.CHECKER, quiet());
        assertEquals(List.of(1L, 1L), List.of(s.scored(), s.failed()));
        assertTrue(byId(lines(out), "huge.html.gz").get("reason").asText().startsWith("record too large: 195.3 KiB"),
                lines(out).toString());
    }

    @Test
    void sizesAreParsedWithBinaryUnits() {
        assertEquals(20L << 20, RecordSize.parse("20M"));
        assertEquals(512L << 10, RecordSize.parse("512k"));
        assertEquals(1L << 30, RecordSize.parse("1GiB"));
        assertEquals(1000, RecordSize.parse("1000"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RecordSize.parse("lots"));
        assertTrue(e.getMessage().contains("--max-record-size"));
    }
}
