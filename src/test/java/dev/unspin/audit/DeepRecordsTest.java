package dev.unspin.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17 item 6 for audit's readers: deeply nested JSON is one failed record, deeply nested HTML pages are read. */
class DeepRecordsTest {
    @TempDir
    Path dir;

    @Test
    void aDeeplyNestedJsonRecordFailsAloneAndTheNextIsRead() throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"deep\", \"x\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + ", \"text\": \"a\"}\n{\"id\": \"next\", \"text\": \"Officials met.\"}\n");
        List<FeedRecord> records = new ArrayList<>();
        new JsonLinesReader(feed, JsonLinesReader.Fields.DEFAULT).read(records::add);
        assertEquals(2, records.size());
        assertTrue(records.get(0).isFailure());
        assertTrue(records.get(0).failure().startsWith("malformed JSON"), records.get(0).failure());
        assertFalse(records.get(1).isFailure());
        assertEquals("Officials met.", records.get(1).body());
    }

    @Test
    void aDeeplyNestedPageIsRead() {
        String page = "<html><body>" + "<div><span>".repeat(5000) + "Deep text." + "</span></div>".repeat(5000) + "</body></html>";
        assertEquals("Deep text.", ArticleText.of(page));
    }
}
