package dev.unspin.cli;

import dev.unspin.dictionary.DictionaryEntry;
import dev.unspin.dictionary.ExampleChecker;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.engine.RuleFiles;
import dev.unspin.grammar.GrammarDetector;
import dev.unspin.grammar.BuiltinRuleSurvey;
import dev.unspin.engine.Document;
import dev.unspin.eval.LabelledText;
import dev.unspin.input.InputCollector;
import dev.unspin.input.InputSource;
import dev.unspin.input.TextReader;
import java.util.Set;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import dev.unspin.dictionary.DictionaryFormatException;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules, or test every rule against its own flag/pass examples.",
        subcommands = {RulesCommand.Test.class, RulesCommand.ListRules.class, RulesCommand.SurveyLanguageTool.class})
final class RulesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Check the rule files' format and run every rule's examples: each must flag its flag "
                    + "sentence and leave its pass sentence alone.", "Exit 1 when any rule fails."})
    static final class Test implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: ./rules if present, else the packaged rules).")
        Path directory;

        @Parameters(arity = "0..*", paramLabel = "FILE", description = "Test only these dictionary files.")
        List<Path> files = List.of();

        @Override
        public Integer call() throws IOException {
            PhraseDictionary dictionary;
            try {
                dictionary = files.isEmpty() ? PhraseDictionary.load(RuleFiles.from(defaultToWorkingCopy(directory))) : fromFiles();
            } catch (DictionaryFormatException e) {
                e.problems().forEach(System.out::println);
                System.out.printf("%d format problem(s)%n", e.problems().size());
                return 1;
            }
            List<String> problems = new ExampleChecker(dictionary).check();
            problems.forEach(System.out::println);
            System.out.printf("%d dictionary entries: %d problem(s)%n", dictionary.entries().size(), problems.size());
            return problems.isEmpty() ? 0 : 1;
        }

        private PhraseDictionary fromFiles() throws IOException {
            List<RuleFiles.RuleFile> loaded = new ArrayList<>();
            for (Path file : files) {
                loaded.add(new RuleFiles.RuleFile(file.getFileName().toString(), Files.readString(file)));
            }
            return PhraseDictionary.fromFiles(loaded);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Count the dictionary entries per file and category.")
    static final class ListRules implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: ./rules if present, else the packaged rules).")
        Path directory;

        @Override
        public Integer call() {
            RuleFiles rules = RuleFiles.from(defaultToWorkingCopy(directory));
            PhraseDictionary dictionary = PhraseDictionary.load(rules);
            new GrammarDetector(rules).describeAnchors(Optional.empty()).forEach(System.out::println);
            Map<String, Integer> counts = new TreeMap<>();
            for (DictionaryEntry e : dictionary.entries()) {
                counts.merge(e.id().substring(0, e.id().indexOf('/')) + " " + e.category().id(), 1, Integer::sum);
            }
            counts.forEach((k, v) -> System.out.printf("%6d  %s%n", v, k));
            System.out.printf("%6d  entries%n", dictionary.entries().size());
            return 0;
        }
    }

    @Command(name = "survey-languagetool", mixinStandardHelpOptions = true,
            description = {"Measure LanguageTool's built-in English rules on labelled text: false alarms per 10,000 "
                    + "words of clean prose, hits on marked spun phrases, other matches in spun text, and cost.",
                    "The README's table of built-in rules comes from this command."})
    static final class SurveyLanguageTool implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "PATH", description = "Labelled files or directories (default: samples/labelled).")
        List<String> paths = List.of("samples/labelled");

        @Override
        public Integer call() throws IOException {
            BuiltinRuleSurvey survey = new BuiltinRuleSurvey();
            TextReader reader = new TextReader(System.in);
            for (InputSource source : new InputCollector(Set.of("txt")).collect(paths).sources()) {
                TextReader.Result read = reader.read(source);
                if (read.text() != null) {
                    LabelledText text = LabelledText.parse(read.text());
                    survey.add(text, new Document(source.display(), text.text()).wordCount());
                }
            }
            survey.table().forEach(System.out::println);
            return 0;
        }
    }

    /** While editing rules, the working copy in ./rules is what matters. */
    static Path defaultToWorkingCopy(Path directory) {
        if (directory != null) {
            return directory;
        }
        Path local = Path.of("rules");
        return Files.isDirectory(local.resolve("dictionary")) ? local : null;
    }
}
