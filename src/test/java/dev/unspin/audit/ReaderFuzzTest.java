package dev.unspin.audit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.unspin.fix.ProtectedRegions;
import dev.unspin.input.InputFormat;
import dev.unspin.input.MarkupComments;
import dev.unspin.text.ProseMask;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every reader of untrusted input, fed arbitrary bytes: Markdown and HTML prose masks and comments,
 * the regions fix must not touch, the article text of an HTML page, and the feed readers (JSON
 * Lines, CSV, RSS/Atom, each also gzip-compressed, and raw bytes as a gzip file). None may throw
 * (a bad record is a failed record, never an exception), loop or report offsets outside the text.
 *
 * <p>The first byte of an input chooses the reader (its value modulo {@link Target#values()}), the
 * rest is what the reader reads. {@code mvn verify} runs the test twice: in the ordinary test run on
 * the seeds in {@code src/test/resources/dev/unspin/audit/ReaderFuzzTestInputs/} (and every
 * finding saved there), and in the {@code fuzz-readers} execution with {@code JAZZER_FUZZ=1}, where
 * Jazzer mutates inputs, guided by coverage, for {@code -Dfuzz.seconds} (3 by default; set in the pom).
 * One fuzz target covers every reader because Jazzer fuzzes one target per run.
 */
class ReaderFuzzTest {
    private static final JsonLinesReader.Fields FIELDS = JsonLinesReader.Fields.DEFAULT;

    /** What the first byte of an input selects. */
    enum Target {
        MARKDOWN, HTML, ARTICLE_TEXT, JSON_LINES, CSV, XML_FEED, JSON_LINES_GZIP, CSV_GZIP, XML_FEED_GZIP, RAW_GZIP
    }

    @FuzzTest(maxDuration = "10s")
    void readersNeverThrowAndStayInsideTheirInput(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Target target = Target.values()[Math.floorMod(input[0], Target.values().length)];
        byte[] payload = Arrays.copyOfRange(input, 1, input.length);
        switch (target) {
            case MARKDOWN -> markup(InputFormat.MARKDOWN, payload);
            case HTML -> markup(InputFormat.HTML, payload);
            case ARTICLE_TEXT -> ArticleText.of(new String(payload, StandardCharsets.UTF_8));
            case JSON_LINES -> feed("feed.jsonl", payload);
            case CSV -> feed("feed.csv", payload);
            case XML_FEED -> feed("feed.rss", payload);
            case JSON_LINES_GZIP -> feed("feed.jsonl.gz", gzip(payload));
            case CSV_GZIP -> feed("feed.csv.gz", gzip(payload));
            case XML_FEED_GZIP -> feed("feed.xml.gz", gzip(payload));
            case RAW_GZIP -> feed("feed.jsonl.gz", payload);
        }
    }

    private static void markup(InputFormat format, byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        ProseMask mask = format.prose(text);
        for (ProseMask.Range r : mask.nonProse()) {
            assertInside(r.start(), r.end(), text);
        }
        for (ProseMask.Range comment : MarkupComments.find(format, text)) {
            assertInside(comment.start(), comment.end(), text);
            assertTrue(text.startsWith("<!--", comment.start()), "a comment starts with <!--");
        }
        for (ProseMask.Range r : ProtectedRegions.forFormat(format, text).plus(text, mask).ranges()) {
            assertInside(r.start(), r.end(), text);
        }
    }

    private static void assertInside(int start, int end, String text) {
        assertTrue(0 <= start && start <= end && end <= text.length(),
                "range " + start + "-" + end + " outside a text of " + text.length() + " characters");
    }

    /** A feed file read to its end: every record has a position, and no position is reported twice. */
    private static void feed(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("unspin-fuzz");
        try {
            Path file = Files.write(dir.resolve(name), content);
            List<FeedRecord> records = new ArrayList<>();
            Audit.readerFor(file, FIELDS).read(records::add);
            Set<String> positions = new HashSet<>();
            for (FeedRecord record : records) {
                assertNotNull(record.position());
                assertTrue(positions.add(record.position()), "position reported twice: " + record.position());
                assertTrue(record.isFailure() || record.body() != null, "a record is failed or has a body");
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static byte[] gzip(byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A seed's first byte is its reader's index: byte 0 Markdown, 3 JSON Lines, 9 raw gzip. */
    @org.junit.jupiter.api.Test
    void theFirstByteSelectsTheReader() throws IOException {
        Path seeds = Path.of("src/test/resources/dev/unspin/audit/ReaderFuzzTestInputs/readersNeverThrowAndStayInsideTheirInput");
        assertEquals(0, Files.readAllBytes(seeds.resolve("markdown"))[0]);
        assertEquals(Target.JSON_LINES.ordinal(), Files.readAllBytes(seeds.resolve("jsonl"))[0]);
        assertEquals(Target.RAW_GZIP.ordinal(), Files.readAllBytes(seeds.resolve("raw-gz"))[0]);
    }
}
