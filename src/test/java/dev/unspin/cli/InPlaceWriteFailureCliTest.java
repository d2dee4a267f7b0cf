package dev.unspin.cli;

import dev.unspin.fixtures.TestRules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** fix --in-place: a file that cannot be rewritten is exit 2 naming it; the other files are still fixed. */
class InPlaceWriteFailureCliTest {

    @Test
    void aFileThatCannotBeRewrittenIsNamedAndTheOthersAreFixed(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copyInto(dir);
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Path stuck = Files.writeString(locked.resolve("stuck.txt"), TestRules.SPUN);
        Path free = Files.writeString(dir.resolve("free.txt"), TestRules.SPUN);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "run as root: permissions are not enforced");
            CliRun run = CliRun.of("", List.of("fix", "--in-place", stuck.toString(), free.toString(),
                    "--rules", rules.toString(), "--detectors", "dictionary"));
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().contains("unspin: " + stuck + ": cannot write: permission denied"), run.err());
            assertEquals(TestRules.SPUN, Files.readString(stuck));
            assertTrue(Files.readString(free).contains("climate change"), Files.readString(free));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
