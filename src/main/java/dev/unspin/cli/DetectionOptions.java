package dev.unspin.cli;

import dev.unspin.config.SourceLanguage;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.RuleFiles;
import dev.unspin.pipeline.CheckPipeline;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Options that choose what is detected; shared by the commands that check text. */
final class DetectionOptions {
    @Option(names = "--source-language", paramLabel = "CODE",
            description = "The text was machine-translated from this language (ISO 639-1, e.g. de, ko): turns on "
                    + "LanguageTool's false-friend rules for it and the dictionary's entries tagged with it.")
    String sourceLanguage;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "" + CheckSettings.DEFAULT_MIN_CONFIDENCE,
            description = "Drop findings below this confidence, 0..1 (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--detectors", split = ",", paramLabel = "NAME",
            description = "Detectors to run, comma-separated: dictionary, grammar, model, source (the checks of bilingual"
                    + " inputs against their source) (default: all).")
    Set<DetectorKind> detectors = EnumSet.allOf(DetectorKind.class);

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Read rules from DIR (with dictionary/ and grammar/) instead of the packaged ones.")
    Path rulesDirectory;

    /**
     * A pipeline builder with these options: the rules, the detectors, the source language. The
     * confidence floor is the caller's to set (from --min-confidence when given, see {@link #minConfidence()}),
     * as are the configuration and the report filters.
     */
    CheckPipeline.Builder pipeline() {
        return CheckPipeline.builder()
                .rules(rules())
                .detectors(detectors)
                .sourceLanguage(Optional.ofNullable(sourceLanguage).map(SourceLanguage::code));
    }

    /** --min-confidence, checked to lie in 0..1 (NaN and infinities do not). */
    double minConfidence() {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("--min-confidence must be between 0 and 1, got " + minConfidence);
        }
        return minConfidence;
    }

    RuleFiles rules() {
        return RuleFiles.from(rulesDirectory);
    }
}
