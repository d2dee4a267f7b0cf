package dev.unspin.config;

import dev.unspin.engine.Category;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Severity;
import dev.unspin.engine.DetectorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private String error(String yaml) throws Exception {
        Path config = write(".unspin.yml", yaml);
        ConfigLoader loader = new ConfigLoader(Optional.empty(), dir);
        return assertThrows(ConfigException.class, () -> loader.forFile(dir.resolve("a.md"))).getMessage();
    }

    @Test
    void theNearestConfigWalkingUpWins() throws Exception {
        Path top = write(".unspin.yml", "fail-on: spun\n");
        Path inner = write("docs/guide/.unspin.yml", "fail-on: never\n");
        ConfigLoader loader = new ConfigLoader(Optional.empty(), dir);
        assertEquals(inner, loader.forFile(dir.resolve("docs/guide/deep/er/a.md")).orElseThrow().path());
        assertEquals(Optional.of("never"), loader.forFile(dir.resolve("docs/guide/a.md")).orElseThrow().failOn());
        assertEquals(top, loader.forFile(dir.resolve("docs/a.md")).orElseThrow().path());
        assertEquals(top, loader.forFile(dir.resolve("a.md")).orElseThrow().path());
        assertEquals("docs/guide/.unspin.yml", loader.forFile(dir.resolve("docs/guide/a.md")).orElseThrow().display());
    }

    @Test
    void noConfigAnywhereMeansDefaults() throws Exception {
        Path file = write("x/a.md", "text");
        // the temporary folder's ancestors hold no .unspin.yml on a build machine
        Optional<ConfigFile> none = new ConfigLoader(Optional.empty(), dir).forFile(file);
        if (none.isEmpty()) {
            EffectiveSettings s = EffectiveSettings.resolve(none, file, EffectiveSettings.CommandLine.none());
            assertEquals(0.5, s.minConfidence());
            assertEquals("error", s.failOn());
            assertTrue(s.included());
        }
    }

    @Test
    void anExplicitConfigAppliesToEveryFile() throws Exception {
        write("docs/.unspin.yml", "fail-on: never\n");
        Path explicit = write("elsewhere/team.yml", "fail-on: suspect\n");
        ConfigLoader loader = new ConfigLoader(Optional.of(explicit), dir);
        assertEquals(Optional.of("suspect"), loader.forFile(dir.resolve("docs/a.md")).orElseThrow().failOn());
        assertEquals(explicit, loader.forFile(Path.of("/tmp/anything.md")).orElseThrow().path());
        assertTrue(assertThrows(ConfigException.class, () -> new ConfigLoader(Optional.of(dir.resolve("nope.yml")), dir))
                .getMessage().contains("nope.yml: --config: no such file"));
    }

    @Test
    void overridesApplyInOrderToMatchingFilesAndTheCommandLineWins() throws Exception {
        write(".unspin.yml", """
                min-confidence: 0.6
                fail-on: warning
                rules:
                  a/x: info
                overrides:
                  - files: ["docs/**"]
                    min-confidence: 0.8
                    rules: {a/x: off}
                  - files: ["*.html"]
                    categories: {grammar: off}
                """);
        ConfigLoader loader = new ConfigLoader(Optional.empty(), dir);
        Path doc = dir.resolve("docs/a.md");
        EffectiveSettings s = EffectiveSettings.resolve(loader.forFile(doc), doc, EffectiveSettings.CommandLine.none());
        assertEquals(0.8, s.minConfidence());
        assertEquals(List.of(6), s.overrides());
        assertEquals(Optional.of(Level.OFF), s.levelOf("a/x", Category.SPINNER_SYNONYM));
        Path page = dir.resolve("site/a.html");
        EffectiveSettings p = EffectiveSettings.resolve(loader.forFile(page), page, EffectiveSettings.CommandLine.none());
        assertEquals(0.6, p.minConfidence());
        assertEquals(Optional.of(Level.INFO), p.levelOf("a/x", Category.SPINNER_SYNONYM));
        assertEquals(Optional.of(Level.OFF), p.levelOf("grammar/G", Category.GRAMMAR));
        assertEquals(Optional.empty(), p.levelOf("b/y", Category.SPINNER_SYNONYM));
        assertEquals(Optional.empty(), p.levelOf("a/xy", Category.SPINNER_SYNONYM));
        EffectiveSettings cli = EffectiveSettings.resolve(loader.forFile(doc), doc,
                new EffectiveSettings.CommandLine(OptionalDouble.of(0.3), Optional.of("NEVER")));
        assertEquals(0.3, cli.minConfidence());
        assertEquals("never", cli.failOn());
        assertEquals("command line", cli.failOnFrom());
    }

    @Test
    void includeAndExcludeAreRelativeToTheConfigFolder() throws Exception {
        write(".unspin.yml", """
                include: ["docs/**/*.md", "README.md"]
                exclude: [generated, "docs/drafts/**"]
                """);
        ConfigFile c = new ConfigLoader(Optional.empty(), dir).forFile(dir.resolve("a.md")).orElseThrow();
        assertTrue(c.includes(dir.resolve("docs/a.md")));
        assertTrue(c.includes(dir.resolve("docs/x/a.md")));
        assertTrue(c.includes(dir.resolve("README.md")));
        assertFalse(c.includes(dir.resolve("notes.md")));
        assertFalse(c.includes(dir.resolve("docs/drafts/a.md")));
        assertFalse(c.includes(dir.resolve("docs/generated/a.md")));
    }

    @Test
    void badYamlNamesTheFileAndLine() throws Exception {
        String message = error("rules:\n  a/b: off\n  c/d: [unclosed\n");
        assertTrue(message.startsWith(".unspin.yml:"), message);
        assertTrue(message.matches("\\.unspin\\.yml:[34]: invalid YAML: .*"), message);
    }

    @Test
    void anUnknownKeyNamesTheFileLineAndKey() throws Exception {
        assertEquals(".unspin.yml:3: 'fail_on': unknown key; expected one of rules, categories, fail-on, min-confidence,"
                + " include, exclude, overrides, dictionaries, accept, source-language, glossary", error("rules: {}\n\nfail_on: spun\n"));
        assertEquals(".unspin.yml:3: 'overrides.exclude': unknown key; expected one of files, rules, categories, min-confidence",
                error("overrides:\n  - files: [a]\n    exclude: [b]\n"));
    }

    @Test
    void badValuesNameTheFileLineAndKey() throws Exception {
        assertEquals(".unspin.yml:7: 'fail-on': expected one of spun, suspect, error, warning, never",
                error("# team settings\nrules:\n  a/b: off\n\ncategories:\n  grammar: off\nfail-on: sometimes\n"));
        assertEquals(".unspin.yml:2: 'rules.a/b': expected one of off, error, warning, info, got 'loud'",
                error("rules:\n  a/b: loud\n"));
        assertEquals(".unspin.yml:1: 'min-confidence': expected a number from 0 to 1, got '1.5'", error("min-confidence: 1.5\n"));
        assertEquals(".unspin.yml:1: 'min-confidence': expected a number from 0 to 1, got 'high'", error("min-confidence: high\n"));
        assertTrue(error("categories:\n  spinning: off\n").startsWith(".unspin.yml:2: 'categories': unknown category 'spinning'"));
        assertEquals(".unspin.yml:2: 'dictionaries': no such file: team/missing.dict (paths are relative to the config file)",
                error("dictionaries:\n  - team/missing.dict\n"));
        assertEquals(".unspin.yml:1: 'overrides': each override needs 'files' (a list of globs)",
                error("overrides: [{min-confidence: 0.9}]\n"));
        assertEquals(".unspin.yml:1: 'include': unmatched '{' in glob '*.{md'", error("include: ['*.{md']\n"));
        assertEquals(".unspin.yml:2: 'fail-on': duplicate key", error("fail-on: spun\nfail-on: never\n"));
        assertEquals(".unspin.yml:1: '(top level)': expected a mapping of keys to values", error("- a\n- b\n"));
        assertEquals(".unspin.yml:1: 'accept': expected a single value, not a mapping", error("accept: [{a: b}]\n"));
    }

    @Test
    void everyProblemInAFileIsReportedAtOnceInFileOrder() throws Exception {
        write(".unspin.yml", """
                fail-on: sometimes
                rules:
                  a/b: loud
                  c/d: off
                colour: blue
                overrides:
                  - min-confidence: 2
                  - files: [docs]
                    categories: {spinning: off}
                accept: [{a: b}, ok]
                """);
        ConfigLoader loader = new ConfigLoader(Optional.empty(), dir);
        List<String> problems = assertThrows(ConfigException.class, () -> loader.forFile(dir.resolve("a.md"))).problems();
        assertEquals(List.of(
                ".unspin.yml:1: 'fail-on': expected one of spun, suspect, error, warning, never",
                ".unspin.yml:3: 'rules.a/b': expected one of off, error, warning, info, got 'loud'",
                ".unspin.yml:5: 'colour': unknown key; expected one of rules, categories, fail-on, min-confidence,"
                        + " include, exclude, overrides, dictionaries, accept, source-language, glossary",
                ".unspin.yml:7: 'overrides': each override needs 'files' (a list of globs)",
                ".unspin.yml:7: 'overrides.min-confidence': expected a number from 0 to 1, got '2'",
                ".unspin.yml:9: 'overrides.categories': unknown category 'spinning'",
                ".unspin.yml:10: 'accept': expected a single value, not a mapping"),
                problems.stream().map(p -> p.startsWith(".unspin.yml:9:") ? p.substring(0, p.indexOf("'spinning'") + 10) : p).toList());
    }

    @Test
    void keysWithoutAValueAreEmpty() throws Exception {
        write(".unspin.yml", "rules:\ncategories:\nexclude:\naccept:\noverrides:\n");
        ConfigFile c = new ConfigLoader(Optional.empty(), dir).forFile(dir.resolve("a.md")).orElseThrow();
        assertTrue(c.settings().rules().isEmpty());
        assertTrue(c.exclude().isEmpty());
        assertTrue(c.overrides().isEmpty());
        assertEquals(".unspin.yml:1: 'fail-on': expected one of spun, suspect, error, warning, never", error("fail-on:\n"));
    }

    @Test
    void anEmptyFileIsValid() throws Exception {
        write(".unspin.yml", "# nothing yet\n");
        ConfigFile c = new ConfigLoader(Optional.empty(), dir).forFile(dir.resolve("a.md")).orElseThrow();
        assertTrue(c.settings().rules().isEmpty());
        assertEquals(Optional.empty(), c.failOn());
    }
}
