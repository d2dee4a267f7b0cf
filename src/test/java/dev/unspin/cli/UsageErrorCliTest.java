package dev.unspin.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A usage error prints the error and one line pointing at {@code --help}, not the whole help (issue 16). */
class UsageErrorCliTest {

    @Test
    void anUnknownOptionIsTheErrorAndOneLinePointingAtHelp() {
        CliRun run = CliRun.of("", List.of("check", "--no-such-option", "-"));
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
        assertTrue(run.err().strip().endsWith("Try 'unspin check --help' for more information."), run.err());
        assertFalse(run.err().contains("Usage:"), run.err());
        assertTrue(run.err().lines().count() <= 4, run.err());
    }

    @Test
    void aNestedCommandIsNamedInFull() {
        CliRun run = CliRun.of("", List.of("rules", "explain"));
        assertEquals(2, run.code());
        assertTrue(run.err().strip().endsWith("Try 'unspin rules explain --help' for more information."), run.err());
        assertFalse(run.err().contains("Usage:"), run.err());
    }

    @Test
    void noCommandPointsAtTheTopLevelHelp() {
        CliRun run = CliRun.of("", List.of());
        assertEquals(2, run.code());
        assertTrue(run.err().strip().endsWith("Try 'unspin --help' for more information."), run.err());
    }
}
