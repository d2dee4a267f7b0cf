package dev.unspin.cli;

import dev.unspin.config.ConfigFile;
import dev.unspin.config.ConfigLoader;
import dev.unspin.engine.RuleFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules {@code check} uses, for the {@code rules} commands: the packaged rules (or
 * {@code --rules DIR}) plus the team's own rule files listed under {@code dictionaries:} in the
 * configuration in effect, which is the nearest {@code .unspin.yml} in the working directory or a
 * folder above it (as for text read from standard input), or the file given with {@code --config}.
 */
final class ConfiguredRules {
    private ConfiguredRules() {
    }

    /** The rule files the configuration in effect adds (.dict and .xml, absolute paths); none without one. */
    static List<Path> configuredFiles(ConfigLoader loader) {
        Path here = Path.of("").toAbsolutePath().resolve("-");
        return loader.forFile(here).map(ConfigFile::dictionaries).orElse(List.of());
    }

    /** The rules directory (or the packaged rules) with the configured files and then {@code extraFiles}, each path once. */
    static RuleFiles with(Path directory, ConfigLoader loader, List<Path> extraFiles) {
        return RuleFiles.from(directory).withFiles(distinct(configuredFiles(loader), extraFiles));
    }

    /** {@code first} then {@code second}, leaving out paths (absolute, normalised) already listed. */
    static List<Path> distinct(List<Path> first, List<Path> second) {
        List<Path> all = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (List<Path> paths : List.of(first, second)) {
            for (Path p : paths) {
                Path key = p.toAbsolutePath().normalize();
                if (!seen.contains(key)) {
                    seen.add(key);
                    all.add(p);
                }
            }
        }
        return all;
    }

    /** {@code paths} without those also in {@code leftOut} (compared absolute and normalised). */
    static List<Path> without(List<Path> paths, List<Path> leftOut) {
        List<Path> out = leftOut.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        return paths.stream().filter(p -> !out.contains(p.toAbsolutePath().normalize())).toList();
    }
}
