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
        List<String> loaded = classesLoadedBy("--version");
        assertTrue(loaded.contains(Main.class.getName()), "no class loading logged: " + loaded);
        assertEquals(List.of(), loaded.stream().filter(c -> HEAVY_PACKAGES.stream().anyMatch(c::startsWith)).toList());
    }

    /**
     * A plain-text page in which no sentence holds a grammar rule's anchor is checked without LanguageTool
     * (the packaged anchors are compiled), without OpenNLP (no condition on tags is asked) and without
     * the Markdown parser.
     */
    @Test
    void aCleanPageLoadsNeitherLanguageToolNorOpenNlpNorMarkdown() throws IOException, InterruptedException {
        List<String> loaded = classesLoadedBy("check", "samples/heldout/clean/news-climate-summit.txt");
        assertTrue(loaded.contains("dev.unspin.dictionary.DictionaryDetector"), "no check ran: " + loaded);
        assertTrue(loaded.contains("dev.unspin.grammar.GrammarDetector"), "no grammar detector: " + loaded);
        List<String> unneeded = loaded.stream().filter(c -> c.startsWith("org.languagetool.") || c.startsWith("opennlp.")
                || c.startsWith("org.commonmark.") || c.startsWith("javax.xml.parsers.")).toList();
        assertEquals(List.of(), unneeded);
    }

    /** The classes a fresh JVM loads to run this command line (which must succeed with exit 0). */
    private static List<String> classesLoadedBy(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info:stdout:none", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output.lines().filter(l -> l.contains(" source: ")).map(l -> l.substring(0, l.indexOf(' '))).toList();
    }
}
