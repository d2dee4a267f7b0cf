package dev.unspin.cli;

import dev.unspin.bitext.SourceRule;
import dev.unspin.dictionary.DictionaryEntry;
import dev.unspin.dictionary.SwapVocabulary;
import dev.unspin.model.ModelDetector;
import dev.unspin.model.ModelLocation;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.engine.RuleFiles;
import dev.unspin.grammar.GrammarRuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Show what is loaded from where: each dictionary file with its entries per category, and each "
                + "grammar file with its rules and the anchor that gates each rule.",
                "Without --rules: the rules check uses, the packaged ones plus the dictionaries: of the .unspin.yml in "
                        + "effect (the nearest in the working directory or above, or --config FILE).",
                "Exit 1 when a rule file is malformed (its problems are listed)."})
final class RulesListCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory instead of the packaged rules (as for check).")
    Path directory;

    @Mixin
    ConfigOptions config;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "A team's own rule files (.dict, .xml) to load besides those.")
    List<Path> extraFiles = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RulePack pack = RulePack.load(directory, config.loader(), extraFiles);
        out.println("loaded from " + pack.files.describe());
        List<DictionaryEntry> entries;
        try {
            entries = pack.dictionary().entries();
        } catch (DictionaryFormatException e) {
            e.problems().forEach(out::println);
            out.printf("%d format problem(s)%n", e.problems().size());
            return 1;
        }
        out.println();
        out.println("dictionary:");
        Map<String, Map<String, Integer>> byFile = new LinkedHashMap<>();
        pack.dictionaryFiles.forEach(f -> byFile.put(f.name(), new TreeMap<>()));
        for (DictionaryEntry e : entries) {
            String file = e.location().substring(0, e.location().lastIndexOf(':'));
            byFile.computeIfAbsent(file, f -> new TreeMap<>()).merge(e.category().id(), 1, Integer::sum);
        }
        List<String> seen = new ArrayList<>();
        for (RuleFiles.RuleFile file : pack.dictionaryFiles) {
            if (seen.contains(file.name())) {
                out.printf("  %s  (same file name as another: its entries are counted with it)%n", file.origin());
                continue;
            }
            seen.add(file.name());
            Map<String, Integer> counts = byFile.get(file.name());
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            List<String> parts = new ArrayList<>();
            counts.forEach((category, n) -> parts.add(category + " " + n));
            long lists = pack.dictionary().lists().stream().filter(l -> l.location().startsWith(file.name() + ":")).count();
            if (lists > 0) {
                parts.add(lists + " named list" + (lists == 1 ? "" : "s"));
            }
            out.printf("%6d  %s  (%s)%n", total, file.origin(), parts.isEmpty() ? "empty" : String.join(", ", parts));
        }
        out.printf("%6d  entries%n", entries.size());
        out.println();
        out.println("grammar:");
        GrammarRuleCatalog grammar = pack.grammar();
        grammar.loadProblems().forEach(out::println);
        for (RuleFiles.RuleFile file : pack.grammarFiles) {
            List<GrammarRuleCatalog.Rule> rules = grammar.rules().stream().filter(r -> r.origin().equals(file.origin())).toList();
            out.printf("%6d  %s%n", rules.size(), file.origin());
            for (GrammarRuleCatalog.Rule rule : rules) {
                out.printf("          %s  %s  anchor: %s%n", rule.id(), rule.fullId(), rule.anchor());
            }
        }
        out.printf("%6d  grammar rules%n", grammar.rules().size());
        out.println();
        out.println("model:");
        out.printf("%6d  known swaps read from the dictionary, for %s (WordNet synonyms and the language model from %s)%n",
                SwapVocabulary.of(pack.dictionary()).size(), ModelDetector.RULE, ModelLocation.defaultPath().getParent());
        out.println();
        out.println("source (bilingual inputs checked against their source):");
        for (SourceRule rule : SourceRule.values()) {
            out.printf("          %s  %s%n", rule.id(), rule.description());
        }
        out.printf("%6d  checks against the source%n", SourceRule.values().length);
        return grammar.loadProblems().isEmpty() ? 0 : 1;
    }
}
