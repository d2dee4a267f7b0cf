package dev.unspin.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code unspin --help} lists the user commands only: the project's own measurement tools are in {@code unspin-dev}. */
class MainHelpTest {
    private static final Set<String> USER_COMMANDS = Set.of("check", "fix", "audit", "baseline", "index", "rules", "config", "serve", "help");
    private static final List<String> DEV_COMMANDS = List.of("eval", "eval-spin", "eval-originals", "bench", "originals-bench", "model-bench", "audit-feed",
            "audit-bench", "serve-bench", "survey-languagetool", "disambiguation-check", "dictionary-bench");

    @Test
    void helpListsExactlyTheUserCommands() {
        CliRun run = CliRun.of("", List.of("--help"));
        assertEquals(0, run.code(), run.err());
        String commands = run.out().substring(run.out().indexOf("Commands:"), run.out().indexOf("Exit codes:"));
        Matcher listed = Pattern.compile("(?m)^  ([a-z-]+) ").matcher(commands);
        Set<String> names = new TreeSet<>();
        while (listed.find()) {
            names.add(listed.group(1));
        }
        assertEquals(new TreeSet<>(USER_COMMANDS), names, run.out());
        for (String dev : DEV_COMMANDS) {
            assertFalse(Pattern.compile("(?m)^ +" + Pattern.quote(dev) + "\\s").matcher(run.out()).find(), dev + " in " + run.out());
        }
        assertEquals(USER_COMMANDS, Main.commandLine(java.io.InputStream.nullInputStream()).getSubcommands().keySet());
    }

    @Test
    void rulesHelpListsItsFourSubcommandsAndNoSurvey() {
        CliRun run = CliRun.of("", List.of("rules", "--help"));
        assertEquals(0, run.code(), run.err());
        assertFalse(run.out().contains("survey-languagetool"), run.out());
        assertEquals(Set.of("list", "explain", "test", "import-pps"),
                Main.commandLine(java.io.InputStream.nullInputStream()).getSubcommands().get("rules").getSubcommands().keySet());
    }

    @Test
    void devCommandsAreUnknownToUnspin() {
        for (String dev : DEV_COMMANDS) {
            CliRun run = CliRun.of("", List.of(dev));
            assertEquals(2, run.code(), dev + ": " + run.out());
            assertTrue(run.err().contains("Unmatched argument") || run.err().contains("Unknown"), dev + ": " + run.err());
        }
        CliRun survey = CliRun.of("", List.of("rules", "survey-languagetool"));
        assertEquals(2, survey.code(), survey.out());
    }

    @Test
    void withoutACommandTheMessageNamesTheUserCommands() {
        CliRun run = CliRun.of("", List.of());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("a command is required (check, fix, audit, baseline, config, rules, serve)"), run.err());
    }
}
