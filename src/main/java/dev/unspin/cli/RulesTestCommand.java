package dev.unspin.cli;

import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.ExampleChecker;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.engine.RuleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Check the dictionary files' format and run every entry's examples: each must flag its flag "
                + "sentence and leave its pass sentence alone.",
                "Grammar rules' examples run in the test suite (GrammarRuleExamplesTest). Exit 1 when any entry fails."})
final class RulesTestCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: ./rules if present, else the packaged rules).")
    Path directory;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Test only these dictionary files.")
    List<Path> files = List.of();

    @Override
    public Integer call() throws IOException {
        PhraseDictionary dictionary;
        try {
            dictionary = files.isEmpty()
                    ? PhraseDictionary.load(RuleFiles.from(RulesCommand.defaultToWorkingCopy(directory)))
                    : PhraseDictionary.fromFiles(read(files));
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

    private static List<RuleFiles.RuleFile> read(List<Path> files) throws IOException {
        List<RuleFiles.RuleFile> loaded = new ArrayList<>();
        for (Path file : files) {
            loaded.add(new RuleFiles.RuleFile(file.getFileName().toString(), Files.readString(file)));
        }
        return loaded;
    }
}
