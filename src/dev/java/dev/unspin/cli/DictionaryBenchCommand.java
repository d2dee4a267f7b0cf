package dev.unspin.cli;

import dev.unspin.bilingual.BilingualDictionaries;
import dev.unspin.bilingual.BilingualDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "dictionary-bench", mixinStandardHelpOptions = true,
        description = {"Measure how long reading each bilingual dictionary of the checks against the source takes (what the"
                + " first segment of a language pays once per run): each dictionary in --dir read --rounds times after a"
                + " warm-up, fresh each time; the median in ms is printed, with the headword count."})
final class DictionaryBenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The dictionaries (scripts/install-dictionaries --dir DIR).")
    Path directory;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String language : BilingualDictionaries.languages()) {
            Optional<BilingualDictionary> first = BilingualDictionaries.in(directory).forLanguage(language);
            if (first.isEmpty()) {
                out.println(language + ": no dictionary in " + directory);
                continue;
            }
            String median = MedianRate.of(rounds, "ms a read", () -> {
                long start = System.nanoTime();
                BilingualDictionaries.in(directory).forLanguage(language);
                return (System.nanoTime() - start) / 1e6;
            });
            out.printf(Locale.ROOT, "%s: %,d headwords; %s%n", language, first.get().size(), median);
        }
        return 0;
    }
}
