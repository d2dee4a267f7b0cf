package dev.unspin.cli;

import dev.unspin.config.ConfigException;
import dev.unspin.config.ConfigLoader;
import dev.unspin.config.EffectiveSettings;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Engine;
import dev.unspin.input.InputSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * check with the configuration: finds the settings in effect for every input, leaves out the
 * inputs excluded by include/exclude, builds one engine per set of extra dictionaries, applies
 * each input's settings to its findings and judges --fail-on per document.
 */
final class ConfiguredCheck {
    private final ConfigLoader loader;
    private final EffectiveSettings.CommandLine commandLine;
    private final EngineOptions engineOptions;
    private final Map<InputSource, EffectiveSettings> settings = new HashMap<>();
    private final Map<String, EffectiveSettings> byDisplay = new HashMap<>();
    private final Map<List<Path>, Engine> engines = new HashMap<>();
    private final double baseFloor;

    ConfiguredCheck(ConfigLoader loader, EffectiveSettings.CommandLine commandLine, EngineOptions engineOptions) {
        this(loader, commandLine, engineOptions, CheckSettings.DEFAULT_MIN_CONFIDENCE);
    }

    /** {@code baseFloor}: the engines keep findings down to it, or lower where a configuration asks (fix passes its own). */
    ConfiguredCheck(ConfigLoader loader, EffectiveSettings.CommandLine commandLine, EngineOptions engineOptions, double baseFloor) {
        this.baseFloor = baseFloor;
        this.loader = loader;
        this.commandLine = commandLine;
        this.engineOptions = engineOptions;
    }

    /** The path whose configuration applies to an input; standard input is named by --stdin-filename or the working directory. */
    static Path pathOf(InputSource source) {
        return source.isStdin() ? Path.of(source.display()).toAbsolutePath() : source.path();
    }

    /** Resolves every input's settings and builds the engines; returns the inputs that are not excluded. */
    List<InputSource> select(List<InputSource> sources) {
        List<InputSource> selected = new ArrayList<>();
        double floor = baseFloor;
        for (InputSource source : sources) {
            EffectiveSettings s = EffectiveSettings.resolve(loader.forFile(pathOf(source)), pathOf(source), commandLine);
            if (!s.included() && !source.isStdin()) {
                continue;
            }
            settings.put(source, s);
            byDisplay.put(source.display(), s);
            selected.add(source);
            floor = Math.min(floor, s.minConfidence());
        }
        for (EffectiveSettings s : settings.values()) {
            if (!engines.containsKey(s.dictionaries())) {
                engines.put(s.dictionaries(), engine(floor, s.dictionaries()));
            }
        }
        return selected;
    }

    DocumentResult check(InputSource source, Document document) {
        EffectiveSettings s = settings.get(source);
        return engines.get(s.dictionaries()).check(document, s::adjust);
    }

    /** Whether any document reached its fail-on threshold (--fail-on, else its config file's, else error). */
    boolean reached(List<DocumentResult> results) {
        for (DocumentResult r : results) {
            EffectiveSettings s = byDisplay.get(r.document().path());
            String failOn = s == null ? EffectiveSettings.DEFAULT_FAIL_ON : s.failOn();
            if (FailOn.valueOf(failOn.toUpperCase(Locale.ROOT)).reached(List.of(r))) {
                return true;
            }
        }
        return false;
    }

    /** An engine with these extra dictionaries; their format problems name each file as the user can find it. */
    private Engine engine(double floor, List<Path> dictionaries) {
        try {
            return engineOptions.engine(floor, dictionaries);
        } catch (DictionaryFormatException e) {
            Path cwd = Path.of("").toAbsolutePath();
            List<String> problems = new ArrayList<>();
            for (String problem : e.problems()) {
                String named = problem;
                for (Path p : dictionaries) {
                    if (problem.startsWith(p.getFileName() + ":")) {
                        named = (p.startsWith(cwd) ? cwd.relativize(p) : p) + problem.substring(p.getFileName().toString().length());
                    }
                }
                problems.add(named);
            }
            throw new DictionaryFormatException(problems);
        }
    }
}
