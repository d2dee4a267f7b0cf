package dev.unspin.cli;

import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.ExampleChecker;
import dev.unspin.dictionary.PhraseDictionary;
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
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Check the rule files' format and run every rule's examples: each dictionary entry must flag its "
                + "flag sentence and leave its pass sentence alone; each grammar rule must flag its incorrect examples "
                + "(at the marker, with the correction) and leave its correct ones alone. Every dictionary entry needs "
                + "an id: of its own and every $list it names must be declared.",
                "Without FILE, tests the rules check uses: the packaged ones (or --rules DIR) plus the dictionaries: of "
                        + "the .unspin.yml in effect (the nearest in the working directory or above, or --config FILE). "
                        + "With FILE, runs only those files' rules (a team's own .dict and .xml), read together with "
                        + "the rules check uses: their ids must not repeat those, and their lists may be used. "
                        + "Exit 1 when any rule fails; each failure names its file, line and rule."})
final class RulesTestCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory instead of the packaged rules (as for check).")
    Path directory;

    @Mixin
    ConfigOptions config;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Test only these rule files: .dict dictionaries, .xml grammar rules.")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleFiles tested;
        List<RuleFiles.RuleFile> context;
        if (files.isEmpty()) {
            tested = ConfiguredRules.with(directory, config.loader(), List.of());
            context = List.of();
        } else {
            tested = RuleFiles.ofFiles(files);
            List<Path> configured = ConfiguredRules.without(ConfiguredRules.configuredFiles(config.loader()), files);
            context = RuleFiles.from(directory).withFiles(configured).list("dictionary", ".dict");
        }
        List<RuleFiles.RuleFile> dictionaryFiles = tested.list("dictionary", ".dict");
        boolean failed = false;
        if (files.isEmpty() || !dictionaryFiles.isEmpty()) {
            failed |= !testDictionary(context, dictionaryFiles, out);
        }
        if (files.isEmpty() || !tested.list("grammar", ".xml").isEmpty()) {
            GrammarRuleCatalog grammar = new GrammarRuleCatalog(tested);
            List<String> problems = grammar.check();
            problems.forEach(out::println);
            out.printf("%d grammar rules: %d problem(s)%n", grammar.rules().size(), problems.size());
            failed |= !problems.isEmpty();
        }
        return failed ? 1 : 0;
    }

    /** Tests the entries of {@code files}, read with {@code context} (whose ids they must not repeat, whose lists they may use). */
    private static boolean testDictionary(List<RuleFiles.RuleFile> context, List<RuleFiles.RuleFile> files, PrintWriter out) {
        List<RuleFiles.RuleFile> all = new ArrayList<>(files);
        all.addAll(context);
        PhraseDictionary dictionary;
        try {
            dictionary = PhraseDictionary.fromFiles(context, files);
        } catch (DictionaryFormatException e) {
            e.problems().forEach(p -> out.println(withOrigin(p, all)));
            out.printf("%d format problem(s)%n", e.problems().size());
            return false;
        }
        List<String> problems = new ArrayList<>(new ExampleChecker(dictionary).check());
        problems.forEach(p -> out.println(withOrigin(p, all)));
        out.printf("%d dictionary entries: %d problem(s)%n", dictionary.entries().size(), problems.size());
        return problems.isEmpty();
    }

    /** Problems name a file by its name; show the path it was read from instead, when that is unambiguous. */
    private static String withOrigin(String problem, List<RuleFiles.RuleFile> files) {
        List<RuleFiles.RuleFile> named = files.stream().filter(f -> problem.startsWith(f.name() + ":")).toList();
        if (named.size() != 1 || named.get(0).origin().equals(named.get(0).name())) {
            return problem;
        }
        return named.get(0).origin() + problem.substring(named.get(0).name().length());
    }
}
