package dev.unspin.cli;

import dev.unspin.fixtures.TestRules;
import dev.unspin.input.TextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17 item 7: a file over the documented size limit is refused with a one-line message, and the others are checked. */
class LargeInputCliTest {
    @TempDir
    Path dir;

    @Test
    void aFileOverTheSizeLimitIsRefusedByNameAndTheOthersAreChecked() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(TextReader.MAX_BYTES + 1L);
        }
        Path small = Files.writeString(dir.resolve("small.txt"), TestRules.SPUN);
        CliRun r = CliRun.of("", List.of("check", "--rules", TestRules.copyInto(dir).toString(), "--detectors", "dictionary",
                "--color", "never", huge.toString(), small.toString()));
        assertEquals(2, r.code());
        assertEquals("unspin: " + huge + ": too large to check (more than 64 MB); split it into smaller files\n", r.err());
        assertTrue(r.out().contains("small.txt:1:19: error"), r.out());
    }
}
