package dev.unspin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --threads} below 1 is a usage error on every command that has it (issue 16). */
class ThreadsOptionCliTest {

    @Test
    void zeroAndNegativeThreadsAreRejected(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "The ministers discussed the budget on Tuesday.");
        List<List<String>> commands = List.of(
                List.of("check", "--threads", "0", text.toString()),
                List.of("check", "--threads", "-3", text.toString()),
                List.of("baseline", "--threads", "0", "-o", dir.resolve("b.json").toString(), text.toString()),
                List.of("audit", "--threads", "0", text.toString(), "-o", dir.resolve("out").toString()),
                List.of("serve", "--port", "0", "--threads", "0"));
        for (List<String> args : commands) {
            CliRun run = CliRun.of("", args);
            assertEquals(2, run.code(), args + ": " + run.err());
            assertTrue(run.err().contains("--threads") && run.err().contains("must be at least 1"), args + ": " + run.err());
        }
    }

    @Test
    void oneThreadIsFine(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "The ministers discussed the budget on Tuesday.");
        CliRun run = CliRun.of("", List.of("check", "--threads", "1", text.toString()));
        assertEquals(0, run.code(), run.err());
    }
}
