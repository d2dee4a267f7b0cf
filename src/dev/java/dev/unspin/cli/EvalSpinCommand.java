package dev.unspin.cli;

import dev.unspin.eval.LabelledCorpus;
import dev.unspin.eval.SwapTable;
import dev.unspin.eval.TestSpinner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval-spin", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Spin clean .txt files with the project's test spinner and write them in the labelled format",
                "({{spun|original}} around every swap), one file of the same name per input, for `unspin eval`.",
                "",
                "habits: swaps from a table of real spinners' habits (samples/heldout/habit-swaps.tsv).",
                "thesaurus: random WordNet 3.1 synonyms of any sense, inflected like the word.",
                "Names (capitalised words inside a sentence), numbers and compounds are never swapped.",
                "The same --seed gives the same files."})
final class EvalSpinCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Mode { HABITS, THESAURUS }

    @Option(names = "--mode", required = true, paramLabel = "MODE", description = "habits or thesaurus.")
    Mode mode;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--rate", paramLabel = "X", description = "Share of content words to swap (default: 0.12 habits, 0.20 thesaurus).")
    Double rate;

    @Option(names = "--table", paramLabel = "FILE", description = "The habits swap table (default: ${DEFAULT-VALUE}).")
    Path table = Path.of("samples/heldout/habit-swaps.tsv");

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Directory for the spun files.")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Clean .txt files or directories.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        TestSpinner spinner = mode == Mode.HABITS
                ? TestSpinner.habits(SwapTable.read(table), rate == null ? 0.12 : rate, seed)
                : TestSpinner.thesaurus(rate == null ? 0.20 : rate, seed);
        LabelledCorpus corpus = LabelledCorpus.load(paths);
        corpus.problems().forEach(p -> spec.commandLine().getErr().println("unspin: " + p));
        Files.createDirectories(output);
        for (LabelledCorpus.Entry entry : corpus.entries()) {
            String name = Path.of(entry.path()).getFileName().toString();
            Files.writeString(output.resolve(name), spinner.spin(name, entry.text().text()), StandardCharsets.UTF_8);
        }
        spec.commandLine().getOut().println(output + ": " + corpus.entries().size() + " spun files");
        return corpus.problems().isEmpty() ? 0 : 2;
    }
}
