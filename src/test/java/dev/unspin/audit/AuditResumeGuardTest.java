package dev.unspin.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, item 2: the output directory is locked for a run, --resume checks the run manifest
 * (inputs by canonical path and fingerprint, options that change results), and the final check
 * compares positions, not counts.
 */
class AuditResumeGuardTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static Audit.Options options(List<Path> inputs, Path out, boolean resume, Map<String, String> checker) {
        return new Audit.Options(inputs, out, "id", "text", "html", "source", "url", 2, 2, resume, true,
                RecordSize.DEFAULT, "test", checker);
    }

    private static PrintWriter quiet() {
        return new PrintWriter(new ByteArrayOutputStream(), true);
    }

    private Path feed(int n) throws Exception {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append("{\"id\": \"d").append(i).append("\", \"text\": \"Document ").append(i).append(" spun.\"}\n");
        }
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, s);
        return file;
    }

    /** Keeps the first {@code keep} lines of documents.jsonl, as a run stopped early would. */
    private static void stopAfter(Path out, int keep) throws Exception {
        Path documents = out.resolve(Audit.DOCUMENTS);
        List<String> lines = Files.readAllLines(documents);
        Files.write(documents, lines.subList(0, keep));
    }

    private static Map<String, Integer> positions(Path out) throws Exception {
        Map<String, Integer> count = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve(Audit.DOCUMENTS))) {
            count.merge(MAPPER.readTree(line).get("position").asText(), 1, Integer::sum);
        }
        return count;
    }

    @Test
    void resumeWithTheSameFileSpelledOtherwiseDoesOnlyWhatIsLeft() throws Exception {
        Path feed = feed(40);
        Path out = dir.resolve("out");
        Audit.run(options(List.of(feed), out, false, Map.of()), AuditRunTest.CHECKER, quiet());
        stopAfter(out, 15);
        Path otherSpelling = dir.resolve("sub/../feed.jsonl");
        Files.createDirectories(dir.resolve("sub"));
        Audit.Summary s = Audit.run(options(List.of(otherSpelling), out, true, Map.of()), AuditRunTest.CHECKER, quiet());
        assertEquals(15, s.alreadyDone());
        assertEquals(25, s.in());
        assertNull(s.inconsistency());
        assertTrue(s.balanced());
        Map<String, Integer> positions = positions(out);
        assertEquals(40, positions.size());
        assertTrue(positions.values().stream().allMatch(n -> n == 1), positions.toString());
        assertTrue(positions.containsKey(feed + ":40"), "positions keep the first run's name for the input");
    }

    @Test
    void resumeWithAChangedInputIsRefusedNamingIt() throws Exception {
        Path feed = feed(10);
        Path out = dir.resolve("out");
        Audit.run(options(List.of(feed), out, false, Map.of()), AuditRunTest.CHECKER, quiet());
        Files.writeString(feed, "{\"id\": \"new\", \"text\": \"A record added later.\"}\n", StandardOpenOption.APPEND);
        Audit.UsageException e = assertThrows(Audit.UsageException.class,
                () -> Audit.run(options(List.of(feed), out, true, Map.of()), AuditRunTest.CHECKER, quiet()));
        assertTrue(e.getMessage().contains("input " + feed.toRealPath() + " changed since"), e.getMessage());
        assertEquals(10, Files.readAllLines(out.resolve(Audit.DOCUMENTS)).size(), "nothing written");
    }

    @Test
    void resumeWithOtherInputsOrOptionsIsRefused() throws Exception {
        Path feed = feed(10);
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, "{\"id\": \"x\", \"text\": \"Other.\"}\n");
        Path out = dir.resolve("out");
        Audit.run(options(List.of(feed), out, false, Map.of("--detectors", "dictionary,grammar,model")), AuditRunTest.CHECKER, quiet());

        Audit.UsageException detectors = assertThrows(Audit.UsageException.class, () -> Audit.run(
                options(List.of(feed), out, true, Map.of("--detectors", "dictionary")), AuditRunTest.CHECKER, quiet()));
        assertTrue(detectors.getMessage().contains("--detectors: dictionary,grammar,model then, dictionary now"), detectors.getMessage());

        Audit.UsageException inputs = assertThrows(Audit.UsageException.class, () -> Audit.run(
                options(List.of(feed, other), out, true, Map.of("--detectors", "dictionary,grammar,model")), AuditRunTest.CHECKER, quiet()));
        assertTrue(inputs.getMessage().contains("input " + other.toRealPath() + " is given now and was not read then"), inputs.getMessage());
    }

    @Test
    void aSecondAuditIntoADirectoryInUseIsRefused() throws Exception {
        Path feed = feed(3);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        try (OutputLock first = OutputLock.acquire(out)) {
            Audit.UsageException e = assertThrows(Audit.UsageException.class,
                    () -> Audit.run(options(List.of(feed), out, false, Map.of()), AuditRunTest.CHECKER, quiet()));
            assertTrue(e.getMessage().matches(".* is in use by another audit \\(pid \\d+, started .*\\)"), e.getMessage());
            assertThrows(Audit.UsageException.class,
                    () -> Audit.run(options(List.of(feed), out, true, Map.of()), AuditRunTest.CHECKER, quiet()),
                    "nor may a resume run while the first does");
        }
        assertEquals(3, Audit.run(options(List.of(feed), out, false, Map.of()), AuditRunTest.CHECKER, quiet()).scored(),
                "the lock goes with the run that held it");
    }

    @Test
    void theFinalCheckComparesPositionsNotCounts() throws Exception {
        Path feed = feed(5);
        Path out = dir.resolve("out");
        Audit.run(options(List.of(feed), out, false, Map.of()), AuditRunTest.CHECKER, quiet());
        Path documents = out.resolve(Audit.DOCUMENTS);
        List<String> lines = Files.readAllLines(documents);
        // one record written twice, another lost: the counts still agree
        Files.write(documents, List.of(lines.get(0), lines.get(0), lines.get(1), lines.get(2), lines.get(3)));
        Audit.Summary s = Audit.run(options(List.of(feed), out, true, Map.of()), AuditRunTest.CHECKER, quiet());
        assertEquals(1, s.in(), "the lost record is checked again");
        assertTrue(s.inconsistency().contains("1 positions written more than once"), s.inconsistency());
        assertTrue(s.inconsistency().contains(feed + ":"), s.inconsistency());
        assertTrue(!s.balanced());
    }

    @Test
    void aLineThatIsNotUtf8OnResumeIsNamedByFileAndLine() throws Exception {
        Path feed = feed(4);
        Path out = dir.resolve("out");
        Audit.run(options(List.of(feed), out, false, Map.of()), AuditRunTest.CHECKER, quiet());
        Path documents = out.resolve(Audit.DOCUMENTS);
        List<String> lines = Files.readAllLines(documents);
        Files.write(documents, List.of(lines.get(0), lines.get(1)));
        Files.write(documents, new byte[] {'{', '"', (byte) 0xFF, '"', '}', '\n'}, StandardOpenOption.APPEND);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Audit.Summary s = Audit.run(options(List.of(feed), out, true, Map.of()), AuditRunTest.CHECKER,
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains(documents + ":3: not valid UTF-8 (byte 0xFF at offset 2)"), message);
        assertEquals(2, s.in());
    }
}
