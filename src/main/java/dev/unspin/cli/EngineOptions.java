package dev.unspin.cli;

import dev.unspin.EngineFactory;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Engine;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.DetectorKind;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Options that choose what the engine detects; shared by check, eval, bench and fix. */
final class EngineOptions {
    @Option(names = "--source-language", paramLabel = "CODE",
            description = "The text was machine-translated from this language (ISO 639-1, e.g. de, ko): turns on "
                    + "LanguageTool's false-friend rules for it and the dictionary's entries tagged with it.")
    String sourceLanguage;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "" + CheckSettings.DEFAULT_MIN_CONFIDENCE,
            description = "Drop findings below this confidence, 0..1 (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--detectors", split = ",", paramLabel = "NAME",
            description = "Detectors to run, comma-separated: dictionary, grammar, model (default: all).")
    Set<DetectorKind> detectors = EnumSet.allOf(DetectorKind.class);

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Read rules from DIR (with dictionary/ and grammar/) instead of the packaged ones.")
    Path rulesDirectory;

    Engine engine() {
        return engine(minConfidence);
    }

    /**
     * An engine that keeps findings down to {@code floor} instead of {@code --min-confidence}: fix
     * applies its own threshold to the findings and counts the rest as left.
     */
    Engine engine(double floor) {
        return engine(floor, List.of());
    }

    /** An engine with a team's own rule files (.dict, .xml) besides the rules' (from the configuration). */
    Engine engine(double floor, List<Path> extraRuleFiles) {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("--min-confidence must be between 0 and 1, got " + minConfidence);
        }
        return EngineFactory.create(rules().withFiles(extraRuleFiles), detectors, settings(floor));
    }

    RuleFiles rules() {
        return RuleFiles.from(rulesDirectory);
    }

    CheckSettings settings() {
        return settings(minConfidence);
    }

    private CheckSettings settings(double floor) {
        return new CheckSettings(Optional.ofNullable(sourceLanguage).map(this::languageCode), floor);
    }

    private String languageCode(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        if (!lower.matches("[a-z]{2}") || lower.equals("en")) {
            throw new IllegalArgumentException("--source-language expects an ISO 639-1 code other than en, such as de, fr or ko, got '" + code + "'");
        }
        return lower;
    }
}
