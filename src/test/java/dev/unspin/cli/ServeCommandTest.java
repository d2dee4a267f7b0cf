package dev.unspin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** unspin serve's options (the server itself: dev.unspin.server's tests). */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void helpNamesTheOptions() {
        CliRun run = CliRun.of("", List.of("serve", "--help"));
        assertEquals(0, run.code(), run.err());
        for (String option : List.of("--host", "--port", "--threads", "--queue", "--max-request-size", "--timeout", "--token-file", "--languagetool-url")) {
            assertTrue(run.out().contains(option), option + " in " + run.out());
        }
        assertTrue(run.out().contains("default: 127.0.0.1"), run.out());
    }

    @Test
    void badOptionsStopItBeforeItStarts() throws Exception {
        CliRun timeout = CliRun.of("", List.of("serve", "--port", "0", "--timeout", "0"));
        assertEquals(2, timeout.code());
        assertTrue(timeout.err().contains("--timeout must be positive"), timeout.err());
        Path empty = Files.writeString(dir.resolve("token"), "\n");
        CliRun token = CliRun.of("", List.of("serve", "--port", "0", "--token-file", empty.toString()));
        assertEquals(2, token.code());
        assertTrue(token.err().contains("is empty"), token.err());
    }

    @Test
    void onlyLoopbackAddressesCountAsLocal() {
        assertTrue(ServeCommand.loopback("127.0.0.1"));
        assertTrue(ServeCommand.loopback("::1"));
        assertFalse(ServeCommand.loopback("0.0.0.0"));
    }
}
