package dev.unspin.build;

import dev.unspin.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The distribution's bash completion and man page name every command and option unspin has. */
class DistributionDocsTest {
    private static final Set<String> MACROS = Set.of(".TH", ".SH", ".SS", ".PP", ".TP", ".B");
    private static CommandLine unspin;
    private static List<CommandSpec> commands;

    @BeforeAll
    static void commandLine() {
        unspin = Main.commandLine(InputStream.nullInputStream());
        commands = new ArrayList<>();
        collect(unspin.getCommandSpec(), commands);
        assertTrue(commands.size() > 10, "commands: " + commands.size());
    }

    private static void collect(CommandSpec spec, List<CommandSpec> into) {
        if (!spec.usageMessage().hidden() && into.stream().noneMatch(known -> known == spec)) {
            into.add(spec);
            spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), into));
        }
    }

    @Test
    void completionOffersEveryCommandAndEveryOptionOfCheck() {
        String script = DistributionDocs.completion(unspin);
        assertTrue(script.contains("complete -F _complete_unspin"), "a bash completion script");
        for (CommandSpec command : commands) {
            assertTrue(script.contains(command.name()), command.qualifiedName());
        }
        for (String expected : List.of("check", "fix", "audit", "baseline", "rules", "config", "serve")) {
            assertTrue(script.contains("\"" + expected) || script.contains(" " + expected), expected);
        }
        CommandSpec check = unspin.getSubcommands().get("check").getCommandSpec();
        for (OptionSpec option : check.options()) {
            for (String name : option.names()) {
                assertTrue(Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(script).find(), name);
            }
        }
        assertTrue(script.contains("--fail-on") && script.contains("--changed-since"));
    }

    @Test
    void manPageDescribesEveryCommandAndOption() {
        String page = ManPage.of(unspin);
        assertTrue(page.startsWith(".TH UNSPIN 1 "), page.lines().findFirst().orElse(""));
        for (String section : List.of(".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH COMMANDS", ".SH EXIT STATUS", ".SH ENVIRONMENT")) {
            assertTrue(page.contains("\n" + section + "\n"), section);
        }
        for (String line : page.split("\n")) {
            if (line.startsWith(".") || line.startsWith("'")) {
                assertTrue(MACROS.contains(line.split(" ", 2)[0]), "a line troff would take for a request: " + line);
            }
        }
        String text = page.replace("\\-", "-").replace("\\e", "\\").replace("\\&", "");
        for (CommandSpec command : commands.subList(1, commands.size())) {
            assertTrue(text.contains("\n.SS \"" + command.qualifiedName() + "\"\n"), command.qualifiedName());
            for (OptionSpec option : command.options()) {
                if (!option.hidden()) {
                    String names = String.join(", ", option.names());
                    assertTrue(text.contains("\\fB" + names + "\\fR"), command.qualifiedName() + " " + names);
                }
            }
        }
        assertTrue(text.contains("\\fB--fail-on\\fR=LEVEL"), "check's --fail-on with its label");
        assertTrue(text.contains(".SS \"unspin rules test\""), "nested commands too");
        assertFalse(text.contains("${DEFAULT-VALUE}") || text.contains("@|"), "picocli's variables and markup are rendered");
    }

    @Test
    void escapesWhatTroffWouldReadAsMarkup() {
        assertEquals("\\&.hidden \\ewords", ManPage.escape(".hidden \\words"));
        assertEquals("\\&'quoted", ManPage.escape("'quoted"));
        assertEquals("\\-\\-fail\\-on", ManPage.escapeLiteral("--fail-on"));
        assertEquals("two lines", ManPage.escape("two\nlines"));
    }

    @Test
    void writesBothFiles(@TempDir Path folder) throws Exception {
        DistributionDocs.write(folder);
        assertEquals(DistributionDocs.completion(unspin), Files.readString(folder.resolve(DistributionDocs.COMPLETION)));
        assertEquals(ManPage.of(unspin), Files.readString(folder.resolve(DistributionDocs.MAN_PAGE)));
    }
}
