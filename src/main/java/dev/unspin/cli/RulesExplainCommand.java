package dev.unspin.cli;

import dev.unspin.bitext.SourceRule;
import dev.unspin.bitext.SourceRuleExamples;
import dev.unspin.dictionary.DictionaryDetector;
import dev.unspin.dictionary.DictionaryEntry;
import dev.unspin.dictionary.ExampleChecker;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Severity;
import dev.unspin.grammar.GrammarRuleCatalog;
import dev.unspin.dictionary.SwapVocabulary;
import dev.unspin.model.ModelDetector;
import dev.unspin.model.ModelLocation;
import dev.unspin.model.ModelSettings;
import dev.unspin.model.SynonymTable;
import dev.unspin.model.TrigramModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain one rule: where it is written (file:line), its phrase or pattern, fixes, category, "
                + "confidence and severity, conditions, source languages and examples, and whether each example "
                + "behaves (flag examples flagged, pass examples left alone).",
                "RULE is a dictionary id (spinner-a-h/local-weather-exchange), a grammar rule id "
                        + "(grammar/UNSPIN_FINAL_WEEK or UNSPIN_FINAL_WEEK) or the model detector's rule ("
                        + ModelDetector.RULE + "), as reports show them.",
                "Looks among the rules check uses: the packaged ones (or --rules DIR) plus the dictionaries: of the "
                        + ".unspin.yml in effect (the nearest in the working directory or above, or --config FILE), and FILE."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rule's examples behave", "1:an example misbehaves",
                "2:unknown rule (close matches are suggested) or unreadable rule files"})
final class RulesExplainCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final Pattern LIST_REFERENCE = Pattern.compile("\\$([a-z][a-z0-9-]*)");
    private static final Set<String> CONDITION_KEYS = Set.of("prev", "not-prev", "next", "not-next", "prev2", "next2");

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory instead of the packaged rules (as for check).")
    Path directory;

    @Mixin
    ConfigOptions config;

    @Parameters(index = "0", paramLabel = "RULE", description = "The rule's id.")
    String ruleId;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE",
            description = "A team's own rule files (.dict, .xml) to load besides those.")
    List<Path> extraFiles = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RulePack pack = RulePack.load(directory, config.loader(), extraFiles);
        String wanted = ruleId.strip();
        if (wanted.equalsIgnoreCase(ModelDetector.RULE)) {
            return explainModel(pack, out) ? 0 : 1;
        }
        for (SourceRule rule : SourceRule.values()) {
            if (rule.id().equalsIgnoreCase(wanted)) {
                return explainSource(rule, out) ? 0 : 1;
            }
        }
        List<DictionaryEntry> entries = pack.dictionary().entries().stream()
                .filter(e -> e.id().equalsIgnoreCase(wanted)).toList();
        List<GrammarRuleCatalog.Rule> grammar = entries.isEmpty() ? grammarRules(pack, wanted) : List.of();
        if (entries.isEmpty() && grammar.isEmpty()) {
            List<String> close = RulePack.closeMatches(wanted, pack.ids(), 8);
            spec.commandLine().getErr().println("unspin: no rule '" + wanted + "' in " + pack.files.describe()
                    + (close.isEmpty() ? "; `unspin rules list` shows what is loaded" : "; did you mean:"));
            close.forEach(id -> spec.commandLine().getErr().println("  " + id));
            return 2;
        }
        boolean ok = true;
        for (DictionaryEntry entry : entries) {
            ok &= explain(pack, entry, out);
        }
        for (GrammarRuleCatalog.Rule rule : grammar) {
            ok &= explain(pack.grammar(), rule, out);
        }
        return ok ? 0 : 1;
    }

    /** grammar/ID, ID, a rule group's id (all its rules) or a full id ID[2]; case does not matter. */
    private static List<GrammarRuleCatalog.Rule> grammarRules(RulePack pack, String wanted) {
        String id = wanted.regionMatches(true, 0, "grammar/", 0, 8) ? wanted.substring(8) : wanted;
        List<GrammarRuleCatalog.Rule> rules = new ArrayList<>();
        for (GrammarRuleCatalog.Rule rule : pack.grammar().rules()) {
            if (rule.id().substring(8).equalsIgnoreCase(id) || rule.fullId().equalsIgnoreCase(id)) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static boolean explain(RulePack pack, DictionaryEntry entry, PrintWriter out) {
        out.println(entry.id() + "  (dictionary entry)");
        field(out, "from", pack.origin(entry));
        field(out, "phrase", entry.spun());
        field(out, "fixes", String.join(" | ", entry.fixes()));
        field(out, "category", entry.category().id());
        field(out, "confidence", String.format(Locale.ROOT, "%.2f (severity %s)", entry.confidence(),
                Severity.forConfidence(entry.confidence()).id()));
        Map<String, String> fields = pack.fields(entry);
        List<String> conditions = new ArrayList<>();
        fields.forEach((k, v) -> {
            if (CONDITION_KEYS.contains(k)) {
                conditions.add(k + ": " + v);
            }
        });
        field(out, "conditions", conditions.isEmpty() ? "none (fires wherever the phrase occurs)" : String.join("; ", conditions));
        for (String name : listsUsed(conditions)) {
            pack.dictionary().list(name).ifPresent(list -> out.println("      $" + name + " = " + String.join(" | ", list.alternatives())
                    + "  (" + pack.origin(list.location()) + ")"));
        }
        field(out, "source languages", entry.sourceLanguages().isEmpty() ? "any (no --source-language needed)"
                : String.join(", ", entry.sourceLanguages().stream().sorted().toList()) + " (only with --source-language set to one of them)");
        if (fields.containsKey("note")) {
            field(out, "note", fields.get("note"));
        }
        CheckSettings settings = new CheckSettings(entry.sourceLanguages().stream().sorted().findFirst(), 0.0);
        DictionaryDetector detector = new DictionaryDetector(pack.dictionary());
        out.println("  examples:");
        List<Finding> flagged = detector.detectOnly(new Document("flag", entry.flagExample()), settings, entry);
        out.println("    flag: " + entry.flagExample());
        out.println("          " + (flagged.isEmpty() ? "FAILS: not flagged"
                : "ok: flagged " + describe(entry.flagExample(), flagged.get(0))));
        List<Finding> passed = detector.detectOnly(new Document("pass", entry.passExample()), settings, entry);
        out.println("    pass: " + entry.passExample());
        out.println("          " + (passed.isEmpty() ? "ok: not flagged"
                : "FAILS: flagged " + describe(entry.passExample(), passed.get(0))));
        List<String> problems = new ExampleChecker(pack.dictionary()).check(entry);
        List<String> others = problems.stream().filter(p -> !p.contains("flag example") && !p.contains("flags its pass example")).toList();
        others.forEach(p -> out.println("    problem: " + p.substring(p.indexOf(": ") + 2)));
        out.println();
        return problems.isEmpty();
    }

    /** The named lists ($name) the conditions use, in order of first use. */
    private static List<String> listsUsed(List<String> conditions) {
        List<String> names = new ArrayList<>();
        Matcher m = LIST_REFERENCE.matcher(String.join(" ", conditions));
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static String describe(String text, Finding f) {
        return "\u201C" + text.substring(f.start(), f.end()) + "\u201D"
                + (f.suggestions().isEmpty() ? "" : " \u2192 \u201C" + String.join("\u201D | \u201C", f.suggestions()) + "\u201D");
    }

    private static boolean explain(GrammarRuleCatalog catalog, GrammarRuleCatalog.Rule rule, PrintWriter out) {
        out.println(rule.id() + "  (grammar rule " + rule.fullId() + ", LanguageTool pattern)");
        field(out, "from", rule.origin() + ":" + rule.line());
        field(out, "name", rule.name());
        field(out, "pattern", rule.pattern());
        field(out, "fixes", rule.suggestions().isEmpty() ? "(from the match)" : String.join(" | ", rule.suggestions()));
        field(out, "message", rule.message());
        field(out, "category", rule.category().id());
        field(out, "confidence", String.format(Locale.ROOT, "%.2f (severity %s)", rule.confidence(), rule.severity().id()));
        List<String> antipatterns = rule.antipatterns();
        field(out, "conditions", antipatterns.isEmpty() ? "none" : "never fires inside (antipatterns):");
        antipatterns.forEach(a -> out.println("      " + a));
        field(out, "anchor", rule.anchor() + " (a sentence without it never reaches LanguageTool)");
        field(out, "source languages", "any (no --source-language needed)");
        out.println("  examples (LanguageTool's incorrect/correct examples):");
        boolean ok = true;
        List<GrammarRuleCatalog.ExampleResult> results = catalog.runExamples(rule);
        for (GrammarRuleCatalog.ExampleResult r : results) {
            out.println("    " + (r.incorrect() ? "incorrect: " : "correct:   ") + r.example()
                    + (r.corrections().isEmpty() ? "" : "  \u2192 " + String.join(" | ", r.corrections())));
            out.println("               " + (r.ok() ? (r.incorrect() ? "ok: flagged at the marker" : "ok: not flagged") : "FAILS: " + r.problem()));
            ok &= r.ok();
        }
        if (results.stream().noneMatch(GrammarRuleCatalog.ExampleResult::incorrect)) {
            out.println("    problem: no incorrect example (<example correction=\"...\">)");
            ok = false;
        }
        if (results.stream().allMatch(GrammarRuleCatalog.ExampleResult::incorrect)) {
            out.println("    problem: no correct example (<example>)");
            ok = false;
        }
        out.println();
        return ok;
    }

    private static boolean explainModel(RulePack pack, PrintWriter out) {
        ModelSettings settings = ModelSettings.DEFAULT;
        SwapVocabulary swaps = SwapVocabulary.of(pack.dictionary());
        out.println(ModelDetector.RULE + "  (model detector)");
        field(out, "what", "a word or two that reads like a spinner's swap in its context, by a trigram language model");
        field(out, "candidates", swaps.size() + " known swaps read backwards from the dictionary (margin "
                + settings.swaps().margin() + " log10, less " + settings.swaps().supportBonus() + " x log2(support));"
                + " WordNet synonyms (margin " + settings.thesaurus().margin() + "); synonyms of words the model does not"
                + " know (margin " + settings.unknownWords().margin() + ")");
        field(out, "fixes", "the likeliest original, then up to " + ModelDetector.MAX_ALTERNATIVES + " others within "
                + ModelDetector.ALTERNATIVE_BAND + " log10 of it (fix applies only findings with one)");
        field(out, "document", "weak signals count only where signals on at least " + settings.pooledMinimum()
                + " different words reach " + (int) settings.pooledPer10kWords() + " per 10,000 words (" + (int) settings.pooledArchaicPer10kWords()
                + " in archaic prose: thou, hath, unto), or weak known"
                + " swaps where the other detectors already make the document suspect; in a document judged suspect or spun,"
                + " weak signals within " + ModelDetector.INFO_BAND + " log10 of the margin are shown as info (confidence "
                + ModelDetector.INFO_CONFIDENCE + ", below fix's threshold)");
        field(out, "left alone", "names, quotations, numbers and unknown neighbours, function words, spelling variants,"
                + " and what another detector already found");
        field(out, "language model", ModelLocation.defaultPath().toString());
        field(out, "category", "spinner-synonym");
        field(out, "confidence", String.format(Locale.ROOT, "%.2f to %.2f by the margin; %.2f or %.2f for weak signals"
                + " that count", settings.swaps().floor(), settings.swaps().ceiling(), settings.swaps().pooledConfidence(),
                settings.thesaurus().pooledConfidence()));
        ModelDetector detector = new ModelDetector(TrigramModel.openDefault(), swaps, SynonymTable.openDefault(), settings);
        CheckSettings check = new CheckSettings(java.util.Optional.empty(), 0.0);
        out.println("  examples:");
        List<Finding> flagged = detector.detectAlone(new Document("flag", ModelDetector.FLAG_EXAMPLE), check);
        out.println("    flag: " + ModelDetector.FLAG_EXAMPLE);
        out.println("          " + (flagged.isEmpty() ? "FAILS: not flagged"
                : "ok: flagged " + String.join(", ", flagged.stream().map(f -> describe(ModelDetector.FLAG_EXAMPLE, f)).toList())));
        List<Finding> passed = detector.detectAlone(new Document("pass", ModelDetector.PASS_EXAMPLE), check);
        out.println("    pass: " + ModelDetector.PASS_EXAMPLE);
        out.println("          " + (passed.isEmpty() ? "ok: not flagged" : "FAILS: flagged " + describe(ModelDetector.PASS_EXAMPLE, passed.get(0))));
        out.println();
        return !flagged.isEmpty() && passed.isEmpty();
    }

    /** A check of translations against their source, run on its own examples. */
    private static boolean explainSource(SourceRule rule, PrintWriter out) {
        out.println(rule.id() + "  (checks against the source, bilingual inputs)");
        field(out, "what", rule.description());
        field(out, "category", "machine-translation");
        field(out, "confidence", String.format(Locale.ROOT, "%.2f (%s)", rule.confidence(),
                Severity.forConfidence(rule.confidence()).id()));
        out.println("  examples (source language " + rule.exampleLanguage() + "):");
        out.println("    source: " + rule.exampleSource().replace("\n", " / "));
        List<Finding> flagged = SourceRuleExamples.ofRule(rule, rule.flagTarget());
        out.println("    flag:   " + rule.flagTarget().replace("\n", " / "));
        out.println("            " + (flagged.isEmpty() ? "FAILS: not flagged" : "ok: flagged: " + flagged.get(0).message()));
        List<Finding> passed = SourceRuleExamples.ofRule(rule, rule.passTarget());
        out.println("    pass:   " + rule.passTarget().replace("\n", " / "));
        out.println("            " + (passed.isEmpty() ? "ok: not flagged" : "FAILS: flagged: " + passed.get(0).message()));
        out.println();
        return !flagged.isEmpty() && passed.isEmpty();
    }

    private static void field(PrintWriter out, String name, String value) {
        out.printf("  %-17s %s%n", name + ":", value);
    }
}
