package dev.unspin.pipeline;

import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Detectors;
import dev.unspin.engine.RuleFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The detectors for each set of a team's own dictionaries (from the configuration's
 * {@code dictionaries:}), built once per set and shared by every document that uses it. Thread-safe.
 */
final class DetectorSets {
    private final RuleFiles rules;
    private final Set<DetectorKind> kinds;
    private final Path model;
    private final ConcurrentHashMap<List<Path>, Detectors> built = new ConcurrentHashMap<>();

    DetectorSets(RuleFiles rules, Set<DetectorKind> kinds, Path model) {
        this.rules = rules;
        this.kinds = Set.copyOf(kinds);
        this.model = model;
    }

    /** The detectors over the rules plus these dictionaries; a format problem names each file as the user can find it. */
    Detectors with(List<Path> dictionaries) {
        return built.computeIfAbsent(List.copyOf(dictionaries), this::create);
    }

    private Detectors create(List<Path> dictionaries) {
        if (dictionaries.isEmpty() && rules.isPackagedOnly()) {
            return PackagedDetectors.get(rules, kinds, model);
        }
        try {
            return DetectorFactory.create(rules.withFiles(dictionaries), kinds, model);
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
