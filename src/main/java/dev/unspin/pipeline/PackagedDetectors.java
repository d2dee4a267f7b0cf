package dev.unspin.pipeline;

import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Detectors;
import dev.unspin.engine.RuleFiles;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The detectors over unspin's packaged rules, built once per process for each choice of detectors
 * and language model and shared by every pipeline that asks (a server's pipelines per source
 * language, a test suite's many command lines): the packaged rules cannot change while unspin runs,
 * and detectors are thread-safe and keep no per-document state. Rules from a directory or a team's
 * files are never shared here: they may change between runs in one process.
 */
final class PackagedDetectors {
    private static final ConcurrentHashMap<Key, Detectors> BUILT = new ConcurrentHashMap<>();

    private PackagedDetectors() {
    }

    static Detectors get(RuleFiles packaged, Set<DetectorKind> kinds, Path model) {
        if (!packaged.isPackagedOnly()) {
            throw new IllegalArgumentException("only unspin's packaged rules are shared: " + packaged.describe());
        }
        return BUILT.computeIfAbsent(new Key(Set.copyOf(kinds), model.toAbsolutePath().normalize()),
                key -> DetectorFactory.create(packaged, key.kinds(), key.model()));
    }

    private record Key(Set<DetectorKind> kinds, Path model) {
    }
}
