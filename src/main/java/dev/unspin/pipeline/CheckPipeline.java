package dev.unspin.pipeline;

import dev.unspin.bilingual.BilingualDictionaries;
import dev.unspin.bitext.Bitext;
import dev.unspin.bitext.BitextFormatException;
import dev.unspin.bitext.BitextReader;
import dev.unspin.bitext.Glossary;
import dev.unspin.bitext.LengthRatios;
import dev.unspin.bitext.SegmentScores;
import dev.unspin.bitext.SourceChecks;
import dev.unspin.config.ConfigException;
import dev.unspin.config.ConfigFile;
import dev.unspin.config.ConfigLoader;
import dev.unspin.config.EffectiveSettings;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Detector;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Detectors;
import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentEvidence;
import dev.unspin.engine.DocumentJudge;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.EvidenceDetector;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingMerger;
import dev.unspin.engine.ReportFilter;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.SpinScorer;
import dev.unspin.engine.Suppressions;
import dev.unspin.input.InputFormat;
import dev.unspin.input.InputProblem;
import dev.unspin.input.InputSource;
import dev.unspin.input.MarkupComments;
import dev.unspin.input.TextReader;
import dev.unspin.model.ModelLocation;
import dev.unspin.originals.CopyComparison;
import dev.unspin.originals.OriginalsIndex;
import dev.unspin.text.ProseMask;
import dev.unspin.text.TextWindows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The one way a text is checked, whoever asks (check, fix, baseline, audit, the Spark job, a server).
 * Its stages, in order:
 * <ol>
 *   <li><b>read</b> the input as UTF-8 text, or refuse it with a one-line problem;</li>
 *   <li><b>prose mask</b>: what of the text is prose (Markdown and HTML markup, code and URLs are not; of a
 *       bilingual file, its English targets only, read into segments with their sources);</li>
 *   <li><b>document</b>: the text with its normalised view and offset map (a text longer than the window
 *       size is checked window by window, each window a document of its own, in bounded memory);</li>
 *   <li><b>gate</b>: the configuration in effect for the path (rules on or off, severities,
 *       min-confidence, accepted phrases) and, for a project's own files, the document's inline suppressions;</li>
 *   <li><b>detectors</b>: each runs only the rules the gate enables, and its findings pass the gate;
 *       then the detectors that weigh document evidence get the others' admitted findings explicitly;</li>
 *   <li><b>source checks</b> of a bilingual file: each target against its source ({@link SourceChecks}), through the gate;</li>
 *   <li><b>originals</b> (only when given, {@code --originals} or {@code --index}): the document is compared with
 *       the known originals; where a sentence is aligned with an original, the original is the authority: the other
 *       detectors' findings there are dropped and each differing span is a {@code spun-copy} finding (through the gate);
 *       the comparison's copy verdict goes into the result;</li>
 *   <li><b>merge</b> overlapping findings;</li>
 *   <li><b>judgement</b>: the document's spin score and verdict, computed once, here, by the {@link DocumentJudge};</li>
 *   <li><b>report filters</b> ({@code --baseline}, {@code --changed-since}): which findings are shown; they
 *       never change the judgement, and the result counts what each hid.</li>
 * </ol>
 * Thread-safe: documents may be checked on many threads at once.
 */
public final class CheckPipeline {
    /** Window size in characters (about 256 KB of text): longer texts are checked window by window. */
    public static final int DEFAULT_WINDOW_SIZE = 1 << 18;

    private final DetectorSets detectors;
    private final PathSettings settings;
    private final ConfiguredRuleIds ruleIds;
    private final Optional<String> sourceLanguage;
    private final DocumentJudge judge;
    private final List<ReportFilter> filters;
    private final int windowSize;
    private final boolean checksAgainstSource;
    private final Glossary glossary;
    private final String alignedSource;
    private final CopyComparison originals;
    private final BilingualDictionaries dictionaries;

    private CheckPipeline(DetectorSets detectors, PathSettings settings, ConfiguredRuleIds ruleIds,
                          Optional<String> sourceLanguage, DocumentJudge judge, List<ReportFilter> filters, int windowSize,
                          boolean checksAgainstSource, Glossary glossary, String alignedSource, CopyComparison originals,
                          BilingualDictionaries dictionaries) {
        this.detectors = detectors;
        this.settings = settings;
        this.ruleIds = ruleIds;
        this.sourceLanguage = sourceLanguage;
        this.judge = judge;
        this.filters = List.copyOf(filters);
        this.windowSize = windowSize;
        this.checksAgainstSource = checksAgainstSource;
        this.glossary = glossary;
        this.alignedSource = alignedSource;
        this.originals = originals;
        this.dictionaries = dictionaries;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The inputs include/exclude let through (standard input always is). Every input's settings and
     * detectors are resolved here, so a configuration or rule file error (a rule setting that names no
     * rule the run loads, for one) stops the run before any check.
     */
    public List<InputSource> select(List<InputSource> sources) {
        List<InputSource> selected = new ArrayList<>();
        for (InputSource source : sources) {
            EffectiveSettings s;
            try {
                s = settingsFor(source);
            } catch (ConfigException invalid) {
                throw ruleIds.withRuleProblems(invalid);
            }
            if (s.included() || source.isStdin()) {
                detectors.with(s.dictionaries());
                ruleIds.check(s);
                selected.add(source);
            }
        }
        return selected;
    }

    /** The settings in effect for an input (its fail-on threshold, for one). */
    public EffectiveSettings settingsFor(InputSource source) {
        return settings.of(CheckInput.configPathOf(source));
    }

    /** Stage 1, then the rest: reads an input and checks it, or refuses it. */
    public InputOutcome check(InputSource source, TextReader reader, InputFormat format) {
        TextReader.Result read = reader.read(source);
        if (read.problem() != null) {
            return new InputOutcome.Refused(read.problem());
        }
        try {
            return new InputOutcome.Checked(check(CheckInput.of(source, read.text(), format)));
        } catch (BitextFormatException e) {
            return new InputOutcome.Refused(new InputProblem(source.display(), e.getMessage()));
        }
    }

    /** Stages 2 to 8 on a text already read, under the settings in effect for its path. */
    public DocumentResult check(CheckInput input) {
        EffectiveSettings effective = settings.of(input.configPath());
        Bitext bitext = bitextOf(input);
        return check(input, bitext, effective, settings.gate(effective, suppressions(input, bitext)));
    }

    /**
     * Stages 2 to 8 on a text already read, under settings made for this one check instead of its
     * path's (a server request's rules, categories and min-confidence).
     */
    public DocumentResult check(CheckInput input, EffectiveSettings requestSettings) {
        Bitext bitext = bitextOf(input);
        return check(input, bitext, requestSettings, PathSettings.gateOnce(requestSettings, suppressions(input, bitext)));
    }

    /** A bilingual input (or one with an aligned source) read into its segments; null for other inputs. */
    private Bitext bitextOf(CheckInput input) {
        return input.format().isBilingual() || alignedSource != null ? BitextReader.read(input.format(), input.text(), alignedSource) : null;
    }

    /**
     * The inline suppressions that count: a project's own files only; in its comments, or in a bilingual
     * file's notes for translators (each for its unit's target).
     */
    private static Suppressions suppressions(CheckInput input, Bitext bitext) {
        if (!input.honoursSuppressions()) {
            return Suppressions.NONE;
        }
        if (bitext != null) {
            List<Suppressions.Note> notes = new ArrayList<>();
            bitext.segments().forEach(s -> s.notes().forEach(n -> notes.add(new Suppressions.Note(s.anchorStart(), s.anchorEnd(), n))));
            return Suppressions.ofNotes(notes);
        }
        return Suppressions.of(input.text(), MarkupComments.find(input.format(), input.text()));
    }

    /**
     * A text longer than the window size is checked window by window ({@link TextWindows}), so
     * memory stays bounded: each window's findings are moved to the whole text's offsets and merged,
     * and the judgement is made once, on all of them and the total word count.
     */
    private DocumentResult check(CheckInput input, Bitext bitext, EffectiveSettings effective, RuleGate gate) {
        String text = input.text();
        Optional<String> language = bitext == null || bitext.sourceLanguage().isEmpty() ? sourceLanguage.or(() -> configured(effective)
                .sourceLanguage()) : bitext.sourceLanguage();
        ProseMask mask = bitext == null ? input.format().prose(text) : bitext.mask();
        Detectors chosen = detectors.with(effective.dictionaries());
        List<ProseMask.Range> windows = TextWindows.split(text, windowSize);
        Document document;
        List<Finding> findings = new ArrayList<>();
        Document whole;
        if (windows.size() == 1) {
            document = new Document(input.display(), text, mask);
            whole = document;
            findings.addAll(detect(document, 0, document, gate, chosen, language));
        } else {
            int words = 0;
            whole = Document.checkedInWindows(input.display(), text, mask, 0); // for the gate, which reads phrases only
            for (ProseMask.Range w : windows) {
                Document window = new Document(input.display(), text.substring(w.start(), w.end()), mask.slice(w.start(), w.end()));
                findings.addAll(detect(window, w.start(), whole, gate, chosen, language));
                words += window.wordCount();
            }
            document = Document.checkedInWindows(input.display(), text, mask, words);
        }
        if (bitext != null && checksAgainstSource) {
            Glossary terms = glossary != null ? glossary : configured(effective).glossary().orElse(Glossary.EMPTY);
            SourceChecks checks = new SourceChecks(terms, LengthRatios.CALIBRATED, dictionaries);
            findings.addAll(gate.admit(document, checks.check(bitext, language.orElse(""), gate)));
        }
        CopyComparison.Result copy = null;
        if (originals != null) {
            copy = originals.compare(windows.size() == 1 ? document : new Document(input.display(), text, mask));
            findings.removeIf(copy::covers);
            findings.addAll(gate.admit(whole, copy.findings()));
        }
        List<Finding> merged = FindingMerger.merge(findings);
        DocumentJudge.Judgement judgement = judge.judge(document, merged);
        DocumentResult result = new DocumentResult(document, document.wordCount(), merged, judgement.score(), judgement.verdict(),
                judgement.reasons(), Map.of(), bitext == null ? List.of() : SegmentScores.of(bitext, merged),
                copy == null ? null : copy.judgement());
        for (ReportFilter filter : filters) {
            result = result.hiding(filter.name(), filter.shown(result));
        }
        return result;
    }

    /** The source language and glossary the input's config file sets for checks against the source. */
    private static ConfigFile.Bilingual configured(EffectiveSettings effective) {
        return effective.config().map(ConfigFile::bilingual).orElse(ConfigFile.Bilingual.NONE);
    }

    /**
     * Every detector's admitted findings on a window of the document starting at {@code offset} (the
     * whole document: offset 0), in the whole document's offsets; the evidence-based detectors run
     * after, told what the others found in the window.
     */
    private List<Finding> detect(Document window, int offset, Document whole, RuleGate gate, Detectors chosen,
                                 Optional<String> language) {
        CheckSettings checkSettings = gate.checkSettings(language);
        List<Finding> found = new ArrayList<>();
        for (Detector detector : chosen.direct()) {
            detector.prepare(window, checkSettings, gate);
        }
        for (Detector detector : chosen.direct()) {
            found.addAll(admit(gate, whole, offset, detector.detect(window, checkSettings, gate)));
        }
        DocumentEvidence evidence = new DocumentEvidence(window, found, judge);
        for (EvidenceDetector detector : chosen.evidenceBased()) {
            found.addAll(admit(gate, whole, offset, detector.detect(window, checkSettings, gate, evidence)));
        }
        return found.stream().map(f -> f.shifted(offset)).toList();
    }

    /** The gate's verdict on a window's findings, which it judges in the whole document's offsets; in the window's offsets. */
    private static List<Finding> admit(RuleGate gate, Document whole, int offset, List<Finding> inWindow) {
        List<Finding> admitted = gate.admit(whole, inWindow.stream().map(f -> f.shifted(offset)).toList());
        return admitted.stream().map(f -> f.shifted(-offset)).toList();
    }

    /**
     * How to build a pipeline. Defaults: unspin's packaged rules, every detector, the language model
     * beside the code, no source language, no configuration files, the default min-confidence,
     * {@link SpinScorer} as the judge, no report filters.
     */
    public static final class Builder {
        private RuleFiles rules;
        private Set<DetectorKind> kinds = EnumSet.allOf(DetectorKind.class);
        private Path model;
        private Optional<String> sourceLanguage = Optional.empty();
        private ConfigLoader config;
        private EffectiveSettings.CommandLine commandLine = EffectiveSettings.CommandLine.none();
        private DocumentJudge judge = new SpinScorer();
        private List<ReportFilter> filters = List.of();
        private int windowSize = DEFAULT_WINDOW_SIZE;
        private Glossary glossary;
        private String alignedSource;
        private OriginalsIndex originals;
        private BilingualDictionaries dictionaries = BilingualDictionaries.NONE;

        private Builder() {
        }

        /** The bilingual dictionaries the checks against the source look words up in (default: none). */
        public Builder bilingualDictionaries(BilingualDictionaries dictionaries) {
            this.dictionaries = dictionaries;
            return this;
        }

        /** The glossary the checks against the source use (bilingual inputs), instead of any config file's. */
        public Builder glossary(Glossary glossary) {
            this.glossary = glossary;
            return this;
        }

        /**
         * The source text every input translates, one segment per line ({@code --source-file}): each input
         * is read as its translation, line by line.
         */
        public Builder alignedSource(String sourceText) {
            this.alignedSource = sourceText;
            return this;
        }

        /** Compare every document with the originals in this index (the caller opens and closes it). */
        public Builder originals(OriginalsIndex index) {
            this.originals = index;
            return this;
        }

        public Builder rules(RuleFiles rules) {
            this.rules = rules;
            return this;
        }

        public Builder detectors(Set<DetectorKind> kinds) {
            this.kinds = EnumSet.copyOf(kinds);
            return this;
        }

        public Builder model(Path model) {
            this.model = model;
            return this;
        }

        public Builder sourceLanguage(Optional<String> sourceLanguage) {
            this.sourceLanguage = sourceLanguage;
            return this;
        }

        /** Read each path's .unspin.yml (or --config's file) with this loader. */
        public Builder config(ConfigLoader loader) {
            this.config = loader;
            return this;
        }

        /** What the command line set explicitly; it wins over every configuration file. */
        public Builder commandLine(EffectiveSettings.CommandLine commandLine) {
            this.commandLine = commandLine;
            return this;
        }

        /** Findings below this confidence are dropped, whatever the configuration files say. */
        public Builder minConfidence(double minConfidence) {
            this.commandLine = new EffectiveSettings.CommandLine(OptionalDouble.of(minConfidence), commandLine.failOn());
            return this;
        }

        public Builder judge(DocumentJudge judge) {
            this.judge = judge;
            return this;
        }

        public Builder filters(List<ReportFilter> filters) {
            this.filters = List.copyOf(filters);
            return this;
        }

        /** Texts longer than this many characters are checked window by window (tests use small windows). */
        public Builder windowSize(int windowSize) {
            if (windowSize < 2) {
                throw new IllegalArgumentException("window size must be at least 2, not " + windowSize);
            }
            this.windowSize = windowSize;
            return this;
        }

        public CheckPipeline build() {
            RuleFiles files = rules == null ? RuleFiles.packaged() : rules;
            return new CheckPipeline(new DetectorSets(files, kinds, model == null ? ModelLocation.defaultPath() : model),
                    new PathSettings(config, commandLine), new ConfiguredRuleIds(files), sourceLanguage, judge, filters,
                    windowSize, kinds.contains(DetectorKind.SOURCE), glossary, alignedSource,
                    originals != null && kinds.contains(DetectorKind.ORIGINALS) ? new CopyComparison(originals) : null, dictionaries);
        }
    }
}
