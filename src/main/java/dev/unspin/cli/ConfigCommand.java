package dev.unspin.cli;

import dev.unspin.config.ConfigFile;
import dev.unspin.config.EffectiveSettings;
import dev.unspin.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print the settings in effect for a file: which .unspin.yml they come from, and each value.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:usage error, or an invalid configuration file"})
final class ConfigCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", defaultValue = ".",
            description = "The file (it need not exist) or folder to show the settings for (default: the working directory).")
    Path path;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() {
        Path abs = path.toAbsolutePath().normalize();
        Path lookup = Files.isDirectory(abs) ? abs.resolve(ConfigFile.NAME) : abs;
        var file = config.loader().forFile(lookup);
        EffectiveSettings s = EffectiveSettings.resolve(file, abs, EffectiveSettings.CommandLine.none());
        PrintWriter out = spec.commandLine().getOut();
        out.println("path: " + path);
        out.println("config: " + file.map(ConfigFile::display).orElse("none (defaults)"));
        out.println("checked: " + (s.included() ? "yes" : "no (left out by include/exclude)"));
        if (file.isPresent()) {
            ConfigFile f = file.get();
            out.println("include: " + (f.include().isEmpty() ? "(everything)" : join(f.include())));
            out.println("exclude: " + (f.exclude().isEmpty() ? "(nothing)" : join(f.exclude())));
            out.println("overrides applied: " + (s.overrides().isEmpty() ? "none"
                    : s.overrides().stream().map(l -> f.display() + ":" + l).collect(Collectors.joining(", "))));
            f.bilingual().sourceLanguage().ifPresent(l -> out.println("source-language: " + l));
            f.bilingual().glossary().ifPresent(g -> out.println("glossary: " + g.terms().size() + " terms"));
        }
        out.println("fail-on: " + s.failOn() + " (" + s.failOnFrom() + ")");
        out.println("min-confidence: " + s.minConfidence() + " (" + s.minConfidenceFrom() + ")");
        out.println("rules:" + (s.rules().isEmpty() ? " (all at their own severity)" : ""));
        for (Settings.RuleLevel r : s.rules()) {
            out.println("  " + r.rule() + ": " + r.level().id());
        }
        out.println("categories:" + (s.categories().isEmpty() ? " (all on)" : ""));
        s.categories().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> out.println("  " + e.getKey().id() + ": " + e.getValue().id()));
        out.println("dictionaries:" + (s.dictionaries().isEmpty() ? " (packaged only)" : ""));
        Path cwd = Path.of("").toAbsolutePath();
        s.dictionaries().forEach(d -> out.println("  " + (d.startsWith(cwd) ? cwd.relativize(d) : d)));
        out.println("accept:" + (s.accept().isEmpty() ? " (nothing)" : ""));
        s.accept().forEach(a -> out.println("  " + a));
        out.flush();
        return 0;
    }

    private static String join(java.util.List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
