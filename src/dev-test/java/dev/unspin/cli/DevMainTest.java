package dev.unspin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every developer tool answers {@code --help} through the {@code unspin-dev} entry point (what scripts/unspin-dev runs). */
class DevMainTest {
    @ParameterizedTest
    @ValueSource(strings = {"eval", "eval-spin", "eval-heldout", "eval-signals", "eval-originals", "eval-mqm", "bench", "model-bench",
            "originals-bench", "bitext-bench", "dictionary-bench", "audit-feed", "audit-bench", "serve-bench", "startup-bench", "survey-languagetool",
            "disambiguation-check"})
    void eachToolPrintsItsHelp(String command) {
        CliRun run = CliRun.of(DevMain::run, "", List.of(command, "--help"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Usage: unspin-dev " + command + " "), run.out());
    }

    @Test
    void helpListsTheToolsAndNothingElse() {
        CliRun run = CliRun.of(DevMain::run, "", List.of("--help"));
        assertEquals(0, run.code(), run.err());
        Set<String> tools = new TreeSet<>(Arrays.asList(DevMain.COMMANDS.split(", ")));
        tools.add("help");
        assertEquals(tools, new TreeSet<>(new CommandLine(new DevMain(java.io.InputStream.nullInputStream())).getSubcommands().keySet()));
        for (String tool : tools) {
            assertTrue(run.out().contains("  " + tool + " "), tool + " missing in " + run.out());
        }
    }

    @Test
    void withoutACommandTheMessageNamesTheTools() {
        CliRun run = CliRun.of(DevMain::run, "", List.of());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("a command is required (" + DevMain.COMMANDS + ")"), run.err());
    }
}
