package dev.unspin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, item 4: flipped bytes in a .jsonl.gz give no phantom or duplicate records: the records
 * of a member that fails its CRC/length check are not read at all (one failed line says why), those
 * of the sound members before it are scored.
 */
class CorruptGzipTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Records {@code from..to}, each with random words so that the data does not compress away. */
    private static String records(int from, int to, Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i <= to; i++) {
            s.append("{\"id\": \"r").append(i).append("\", \"text\": \"Record ").append(i).append(' ')
                    .append(Long.toString(random.nextLong(), 36)).append(' ').append(Long.toString(random.nextLong(), 36))
                    .append(" spun.\"}\n");
        }
        return s.toString();
    }

    @Test
    void recordsOfADamagedMemberAreNeverScored() throws Exception {
        Random random = new Random(17);
        byte[] first = gzip(records(1, 400, random));
        byte[] second = gzip(records(401, 4000, random));
        for (int flip = 0; flip < 50; flip++) { // 50 flipped bytes in the second half of the second member
            int at = second.length / 2 + random.nextInt(second.length / 3);
            second[at] ^= (byte) (1 + random.nextInt(255));
        }
        Path feed = dir.resolve("feed.jsonl.gz");
        Files.write(feed, first);
        Files.write(feed, second, java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        Audit.Summary s = Audit.run(new Audit.Options(List.of(feed), out, "id", "text", "html", "source", "url", 2, 2,
                false, true), AuditRunTest.CHECKER, new PrintWriter(new ByteArrayOutputStream(), true));

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(Audit.DOCUMENTS))) {
            lines.add(MAPPER.readTree(line));
        }
        Map<String, Integer> ids = new HashMap<>();
        lines.forEach(l -> ids.merge(l.get("id").asText(), 1, Integer::sum));
        assertTrue(ids.values().stream().allMatch(n -> n == 1), "no duplicate ids");
        for (JsonNode line : lines) {
            if (line.get("status").asText().equals("scored")) {
                int n = Integer.parseInt(line.get("id").asText().substring(1));
                assertTrue(n <= 400, "scored a record of the damaged member: " + line);
            }
        }
        assertEquals(401, lines.size());
        assertEquals(List.of(400L, 1L), List.of(s.scored(), s.failed()));
        JsonNode failed = lines.stream().filter(l -> l.get("status").asText().equals("failed")).findFirst().orElseThrow();
        assertEquals(feed + ":401", failed.get("position").asText());
        assertTrue(failed.get("reason").asText().startsWith("gzip member 2 "), failed.get("reason").asText());
        assertNull(s.inconsistency());
    }

    @Test
    void aCrcMismatchAloneFailsTheMember() throws Exception {
        byte[] whole = gzip(records(1, 50, new Random(3)));
        whole[whole.length - 6] ^= 1; // the stored CRC-32
        Path feed = dir.resolve("crc.jsonl.gz");
        Files.write(feed, whole);
        List<FeedRecord> records = new ArrayList<>();
        new JsonLinesReader(feed, JsonLinesReader.Fields.DEFAULT).read(records::add);
        assertEquals(1, records.size());
        assertEquals("gzip member 1 fails its CRC/length check (corrupt data) at line 1; the rest of " + feed
                + " could not be read", records.get(0).failure());
    }
}
