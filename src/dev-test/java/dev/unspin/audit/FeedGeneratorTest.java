package dev.unspin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synthetic feed: deterministic for a seed, N records, about the requested malformed share, and audit accounts for all of them. */
class FeedGeneratorTest {
    private static final List<String> CLEAN = List.of(
            "The council met on Monday.\n\nIt approved the budget for the new library.\n\nWork starts in spring.",
            "Rain is expected tomorrow.\n\nTemperatures will stay mild.");
    private static final List<String> SPUN = List.of(
            "Officials mentioned strengthening members of the family.\n\nThe local weather exchange talks went on.\n\nMore talks follow.");

    @TempDir
    Path dir;

    private final FeedGenerator generator = new FeedGenerator(CLEAN, SPUN);

    private byte[] feed(long documents, long seed, double malformed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.write(new FeedGenerator.Options(documents, seed, malformed, 0.3), out);
        return out.toByteArray();
    }

    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        assertEquals(bytes.length, start, "the feed ends with a newline");
        return lines;
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
        assertArrayEquals(feed(500, 7, 0.05), feed(500, 7, 0.05));
        assertFalse(java.util.Arrays.equals(feed(500, 7, 0.05), feed(500, 8, 0.05)));
    }

    @Test
    void nRecordsWithAboutTheMalformedShare() throws Exception {
        FeedGenerator.Counts counts = generator.write(new FeedGenerator.Options(5000, 3, 0.02, 0.3), new ByteArrayOutputStream());
        List<byte[]> lines = lines(feed(5000, 3, 0.02));
        assertEquals(5000, lines.size());
        assertEquals(5000, counts.records());
        ObjectMapper mapper = new ObjectMapper();
        int malformed = 0;
        int spun = 0;
        Set<String> sources = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (byte[] line : lines) {
            assertTrue(line.length > 0, "no blank lines: a blank line is not a record");
            JsonNode node = null;
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(line)).toString();
                try {
                    node = mapper.readTree(text);
                } catch (Exception e) {
                    kinds.add("truncated");
                }
                if (node != null && !node.isObject()) {
                    kinds.add("not an object");
                    node = null;
                }
            } catch (CharacterCodingException e) {
                kinds.add("invalid UTF-8");
            }
            if (node == null) {
                malformed++;
                continue;
            }
            sources.add(node.get("source").asText());
            assertTrue(node.get("url").asText().startsWith("https://"), node.toString());
            assertFalse(node.get("text").asText().isBlank());
            if (node.get("text").asText().contains("members of the family")) {
                spun++;
            }
        }
        assertEquals(counts.malformed(), malformed);
        assertTrue(malformed > 60 && malformed < 140, "about 2% of 5000: " + malformed);
        assertEquals(Set.of("truncated", "invalid UTF-8", "not an object"), kinds);
        assertEquals(counts.spun(), spun);
        assertTrue(spun > 1200 && spun < 1800, "about 30% spun: " + spun);
        assertEquals(20, sources.size());
    }

    @Test
    void paragraphsAreShuffled() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Set<String> variants = new HashSet<>();
        for (byte[] line : lines(feed(300, 1, 0))) {
            String text = mapper.readTree(line).get("text").asText();
            if (text.contains("library")) {
                variants.add(text);
            }
        }
        assertTrue(variants.size() > 1, variants.toString());
    }

    @Test
    void auditAccountsForEveryRecordOfAGzippedFeed() throws Exception {
        Path feed = dir.resolve("feed.jsonl.gz");
        FeedGenerator.Counts counts = generator.write(new FeedGenerator.Options(2000, 11, 0.03, 0.3), feed);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(feed))) {
            assertEquals(2000, lines(in.readAllBytes()).size());
        }
        Path out = dir.resolve("out");
        Audit.Summary s = Audit.run(new Audit.Options(List.of(feed), out, "id", "text", "html", "source", "url", 2, 8, false, false),
                input -> new dev.unspin.engine.DocumentResult(new dev.unspin.engine.Document(input.display(), input.text()), input.text().split("\\s+").length, List.of(), 0.0,
                        dev.unspin.engine.Verdict.CLEAN),
                new PrintWriter(new ByteArrayOutputStream()));
        assertTrue(s.balanced(), s.toString());
        assertEquals(2000, s.in());
        assertEquals(2000, Files.readAllLines(out.resolve(Audit.DOCUMENTS)).size());
        assertEquals(counts.malformed(), s.failed());
        assertEquals(2000 - counts.malformed(), s.scored());
    }
}
