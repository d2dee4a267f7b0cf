package dev.unspin.audit;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress reporter's lines, with a hand-driven clock: no threads, no sleeps. */
class AuditProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(5 * SECOND);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);

    private AuditProgress progress(boolean terminal, long total) {
        return new AuditProgress(err, new AuditProgress.Settings(true, terminal, Duration.ofSeconds(10)), total, now::get);
    }

    private String err() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void knownTotalGivesShareRateAndEta() {
        AuditProgress p = progress(true, 1000);
        for (int i = 0; i < 250; i++) {
            p.written(i % 5 == 0 ? 0 : 100); // every fifth record skipped or failed: no words
        }
        now.addAndGet(10 * SECOND);
        // 20,000 words in 10 s; 250 documents in 10 s, 750 left: 30 s
        assertEquals("[#####---------------]  25% 250/1,000 docs  2,000 words/s  ETA 0:30", p.bar(now.get()));
        assertEquals("unspin: audit: 250 of 1000 documents (25%), 2000 words/s, ETA 0:30", p.plain(now.get()));
    }

    @Test
    void resumedRecordsCountAsDoneButNotInTheRate() {
        AuditProgress p = progress(false, 100);
        for (int i = 0; i < 50; i++) {
            p.alreadyDone();
        }
        assertEquals("unspin: audit: 50 of 100 documents (50%), 0 words/s, ETA ?", p.plain(now.get()));
        for (int i = 0; i < 10; i++) {
            p.written(30);
        }
        now.addAndGet(2 * SECOND);
        // 10 documents in 2 s this run, 40 left: 8 s
        assertEquals("unspin: audit: 60 of 100 documents (60%), 150 words/s, ETA 0:08", p.plain(now.get()));
    }

    @Test
    void unknownTotalShowsCountsRateAndElapsed() {
        AuditProgress p = progress(true, -1);
        for (int i = 0; i < 12_345; i++) {
            p.written(10);
        }
        now.addAndGet(3725 * SECOND);
        assertEquals("12,345 docs  33 words/s  1:02:05 elapsed", p.bar(now.get()));
        assertEquals("unspin: audit: 12345 documents, 33 words/s, 1:02:05 elapsed", p.plain(now.get()));
    }

    @Test
    void terminalRedrawsOneLineInPlaceAndEndsIt() {
        AuditProgress p = progress(true, 2);
        p.written(1000);
        now.addAndGet(SECOND);
        p.tick();
        p.written(0);
        p.close();
        assertEquals("\r[##########----------]  50% 1/2 docs  1,000 words/s  ETA 0:01"
                + "\r[####################] 100% 2/2 docs  1,000 words/s  ETA 0:00\n", err().replace("\r\n", "\n")
                .replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aShorterRedrawBlanksTheRestOfTheLongerOne() {
        AuditProgress p = progress(true, -1);
        p.written(123_456_789);
        now.addAndGet(SECOND);
        p.tick();
        String first = err();
        p.written(0);
        now.set(Long.MAX_VALUE / 2);
        p.tick();
        String second = err().substring(first.length());
        assertEquals(first.length(), second.length(), "padded to the width of the line before");
        assertTrue(second.endsWith(" "));
    }

    @Test
    void plainLinesAndQuiet() {
        AuditProgress p = progress(false, -1);
        p.written(10);
        now.addAndGet(10 * SECOND);
        p.tick();
        p.close();
        assertEquals(("unspin: audit: 1 documents, 1 words/s, 0:10 elapsed%n"
                + "unspin: audit: 1 documents, 1 words/s, 0:10 elapsed%n").formatted(), err());

        ByteArrayOutputStream none = new ByteArrayOutputStream();
        AuditProgress off = new AuditProgress(new PrintWriter(none), AuditProgress.Settings.OFF, 10, now::get);
        off.written(5);
        off.tick();
        off.close();
        assertEquals(0, none.size());
    }

    @Test
    void clockFormat() {
        assertEquals("0:00", AuditProgress.clock(0));
        assertEquals("0:01", AuditProgress.clock(0.2));
        assertEquals("59:59", AuditProgress.clock(3599));
        assertEquals("1:00:00", AuditProgress.clock(3600));
    }
}
