package dev.unspin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** unspin audit-feed from the labelled texts, then unspin audit on it with the packaged rules: every record accounted for. */
class AuditFeedCliTest {
    @TempDir
    Path dir;

    @Test
    void generatedFeedIsDeterministicAndAuditAccountsForEveryRecord() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        CliRun generate = CliRun.of(DevMain::run, "", List.of("audit-feed", "--documents", "150", "--seed", "5",
                "--malformed-share", "0.05", "-o", feed.toString()));
        assertEquals(0, generate.code(), generate.err());
        assertTrue(generate.out().contains("150 records"), generate.out());
        Path again = dir.resolve("again.jsonl");
        CliRun.of(DevMain::run, "", List.of("audit-feed", "--documents", "150", "--seed", "5", "--malformed-share", "0.05", "-o", again.toString()));
        assertArrayEquals(Files.readAllBytes(feed), Files.readAllBytes(again));

        Path out = dir.resolve("out");
        CliRun audit = CliRun.of("", List.of("audit", "--threads", "2", feed.toString(), "-o", out.toString()));
        assertEquals(0, audit.code(), audit.err());
        assertTrue(audit.out().contains("150 records in: "), audit.out());
        assertTrue(audit.out().contains("150 lines written"), audit.out());
        assertTrue(audit.out().contains("written exactly once"), audit.out());
        assertEquals(150, Files.readAllLines(out.resolve("documents.jsonl")).size());
        List<String> csv = Files.readAllLines(out.resolve("sources.csv"));
        assertEquals(20, csv.stream().filter(l -> l.matches("[a-z0-9-]+\\.example,.*")).count(), "20 invented sources: " + csv);
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("(none),")), "malformed lines have no source: " + csv);
    }
}
