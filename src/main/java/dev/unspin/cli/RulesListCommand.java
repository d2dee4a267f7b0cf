package dev.unspin.cli;

import dev.unspin.dictionary.DictionaryEntry;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.engine.RuleFiles;
import dev.unspin.grammar.GrammarDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Show each grammar rule with the anchor that gates it, and count the dictionary entries per file and category.")
final class RulesListCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: ./rules if present, else the packaged rules).")
    Path directory;

    @Override
    public Integer call() {
        RuleFiles rules = RuleFiles.from(RulesCommand.defaultToWorkingCopy(directory));
        new GrammarDetector(rules).describeAnchors(Optional.empty()).forEach(System.out::println);
        PhraseDictionary dictionary = PhraseDictionary.load(rules);
        Map<String, Integer> counts = new TreeMap<>();
        for (DictionaryEntry e : dictionary.entries()) {
            counts.merge(e.id().substring(0, e.id().indexOf('/')) + " " + e.category().id(), 1, Integer::sum);
        }
        counts.forEach((k, v) -> System.out.printf("%6d  %s%n", v, k));
        System.out.printf("%6d  entries%n", dictionary.entries().size());
        return 0;
    }
}
