package dev.unspin.cli;

import dev.unspin.bilingual.BilingualDictionaries;
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
                    + " inputs against their source), originals (runs only with --originals or --index) (default: all).")
    Set<DetectorKind> detectors = EnumSet.allOf(DetectorKind.class);

    @Option(names = "--originals", paramLabel = "PATH",
            description = "Known originals to compare every document with (repeatable): directories of pages, JSON Lines,"
                    + " CSV or RSS/Atom files, gzip or not, as audit reads them. Indexed into a temporary directory for"
                    + " this run; use --index for an index built once with `unspin index build`.")
    java.util.List<Path> originals;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Compare every document with the originals in this index (built by `unspin index build`).")
    Path index;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Read rules from DIR (with dictionary/ and grammar/) instead of the packaged ones.")
    Path rulesDirectory;

    /** A note on {@code err} when the --source-language given is more likely a country code ({@link SourceLanguage#ambiguity}). */
    void noteAmbiguousSourceLanguage(java.io.PrintWriter err) {
        if (sourceLanguage != null) {
            SourceLanguage.ambiguity(sourceLanguage).ifPresent(note -> err.println("unspin: note: " + note));
        }
    }

    @Option(names = "--bilingual-dictionaries", paramLabel = "DIR",
            description = "Where the bilingual dictionaries of the checks against the source are (FreeDict's"
                    + " freedict-deu-eng.dict.dz, fra, spa; CC-CEDICT's cedict_ts.u8); default: ~/.cache/unspin/dictionaries,"
                    + " where unspin-install-dictionaries puts them (scripts/install-dictionaries in a checkout),"
                    + " or $UNSPIN_DICTIONARIES.")
    Path bilingualDictionaries;

    private BilingualDictionaries dictionaries;

    /** The bilingual dictionaries these options name, the same instance for every call (read once, on first use). */
    BilingualDictionaries dictionaries() {
        if (dictionaries == null) {
            dictionaries = BilingualDictionaries.in(bilingualDictionaries != null ? bilingualDictionaries
                    : BilingualDictionaries.defaultDirectory(System::getProperty, System::getenv));
        }
        return dictionaries;
    }

    /**
     * The line that says which checks were skipped for want of a bilingual dictionary and how to install it, when
     * --bilingual-dictionaries named a directory (without it, a missing dictionary skips its check silently:
     * most bilingual files need none); else empty.
     */
    Optional<String> missingDictionaries() {
        if (bilingualDictionaries == null || dictionaries == null || dictionaries.missing().isEmpty()) {
            return Optional.empty();
        }
        String languages = String.join(" ", dictionaries.missing());
        return Optional.of("no bilingual dictionary for " + languages + " in " + dictionaries.directory()
                + ": source/number-word skipped (install: unspin-install-dictionaries " + languages
                + ", or give --bilingual-dictionaries DIR)");
    }

    /**
     * A pipeline builder with these options: the rules, the detectors, the source language. The
     * confidence floor is the caller's to set (from --min-confidence when given, see {@link #minConfidence()}),
     * as are the configuration and the report filters.
     */
    CheckPipeline.Builder pipeline() {
        return CheckPipeline.builder()
                .rules(rules())
                .detectors(detectors)
                .sourceLanguage(Optional.ofNullable(sourceLanguage).map(SourceLanguage::code))
                .bilingualDictionaries(dictionaries());
    }

    /**
     * The known originals given (--index, or --originals indexed into a temporary directory that closing
     * deletes), or null when neither was given. A bad original is one line on {@code err} and is skipped; an index
     * that cannot be used throws {@link dev.unspin.originals.OriginalsException} (exit 2).
     */
    dev.unspin.originals.OriginalsIndex openOriginals(java.io.PrintWriter err) {
        if (originals != null && index != null) {
            throw new IllegalArgumentException("give --originals or --index, not both");
        }
        if (index != null) {
            return dev.unspin.originals.OriginalsIndex.open(index);
        }
        if (originals != null) {
            return dev.unspin.originals.OriginalsReader.temporaryIndex(originals, problem -> err.println("unspin: originals: " + problem));
        }
        return null;
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
