package dev.unspin.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up builds only what a command line reaches: the subcommand it names (none for {@code --version}),
 * and {@code --version} loads no detector, rule, model or LanguageTool class at all.
 */
class StartupLoadingTest {
    private static final List<String> HEAVY_PACKAGES = List.of("dev.unspin.dictionary.", "dev.unspin.grammar.",
            "dev.unspin.model.", "dev.unspin.pipeline.", "dev.unspin.lexicon.", "org.languagetool.", "opennlp.",
            "morfologik.");

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        assertEquals(List.of(), Main.reachable("--version"));
        assertEquals(List.of(), Main.reachable("-V"));
        assertEquals(List.of(CheckCommand.class), Main.reachable("check", "--format", "json", "a.txt"));
        assertEquals(List.of(RulesCommand.class), Main.reachable("rules", "list"));
        assertEquals(Main.COMMANDS, Main.reachable());
        assertEquals(Main.COMMANDS, Main.reachable("--help"));
        assertEquals(Main.COMMANDS, Main.reachable("-h", "check"));
        assertEquals(Main.COMMANDS, Main.reachable("help", "check"));
        assertEquals(Main.COMMANDS, Main.reachable("chek", "a.txt"));
    }

    @Test
    void aSubcommandSaysTheSameBuiltAloneAsAmongAllOfThem() {
        for (String command : List.of("check", "fix", "audit", "baseline", "rules", "config", "serve")) {
            for (List<String> args : List.of(List.of(command, "--help"), List.of(command, "--no-such-option"))) {
                String[] line = args.toArray(String[]::new);
                assertEquals(run(Main.commandLine(InputStream.nullInputStream()), line),
                        run(Main.commandLine(InputStream.nullInputStream(), line), line), String.join(" ", args));
            }
        }
        assertEquals(run(Main.commandLine(InputStream.nullInputStream()), "--version"),
                run(Main.commandLine(InputStream.nullInputStream(), "--version"), "--version"));
    }

    /** Exit code, standard output and standard error of a command line. */
    private static String run(picocli.CommandLine cli, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandRoot.execute(cli, out, err, args);
        return code + "\n" + out.toString(StandardCharsets.UTF_8) + "\n" + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionLoadsNoDetectorRuleOrModelClass() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info:stdout:none", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--version"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.lines().anyMatch(l -> l.startsWith("unspin ")), output);
        assertTrue(output.lines().anyMatch(l -> l.startsWith(Main.class.getName() + " ")), "no class loading logged: " + output);
        List<String> heavy = output.lines().filter(l -> HEAVY_PACKAGES.stream().anyMatch(l::startsWith)).toList();
        assertEquals(List.of(), heavy);
    }
}
