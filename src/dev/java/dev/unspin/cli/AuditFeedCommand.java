package dev.unspin.cli;

import dev.unspin.audit.FeedGenerator;
import dev.unspin.eval.LabelledCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "audit-feed", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a synthetic crawl for trying and benchmarking `unspin audit`: JSON Lines records (id, source, url, text)"
                + " from about 20 invented hosts, built from the labelled clean and spun texts (markers removed) with their"
                + " paragraphs shuffled, and a share of malformed lines (truncated JSON, invalid UTF-8, lines that are not JSON objects).",
                "",
                "The same --seed gives the same file."})
final class AuditFeedCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--documents", required = true, paramLabel = "N", description = "Records (lines) to write.")
    long documents;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--malformed-share", paramLabel = "X", description = "Share of malformed lines, 0..1 (default: ${DEFAULT-VALUE}).")
    double malformedShare = 0.01;

    @Option(names = "--spun-share", paramLabel = "X", description = "Share of spun texts, 0..1 (default: ${DEFAULT-VALUE}).")
    double spunShare = 0.3;

    @Option(names = "--clean", paramLabel = "DIR", description = "Clean labelled texts (default: ${DEFAULT-VALUE}).")
    String cleanDirectory = "samples/labelled/clean";

    @Option(names = "--spun", paramLabel = "DIR", description = "Spun labelled texts (default: ${DEFAULT-VALUE}).")
    String spunDirectory = "samples/labelled/spun";

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The feed to write (.jsonl; gzip-compressed when the name ends with .gz).")
    Path output;

    @Override
    public Integer call() throws Exception {
        FeedGenerator generator = generator(cleanDirectory, spunDirectory, spec.commandLine().getErr());
        if (generator == null) {
            return 2;
        }
        FeedGenerator.Counts counts = generator.write(new FeedGenerator.Options(documents, seed, malformedShare, spunShare), output);
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d records (%d clean, %d spun, %d malformed)%n",
                output, counts.records(), counts.clean(), counts.spun(), counts.malformed());
        return 0;
    }

    /** A generator over the labelled texts in the two directories, or null (and a message) when either has none. */
    static FeedGenerator generator(String cleanDirectory, String spunDirectory, java.io.PrintWriter err) {
        List<String> clean = texts(cleanDirectory);
        List<String> spun = texts(spunDirectory);
        if (clean.isEmpty() || spun.isEmpty()) {
            err.println("unspin: the feed generator needs .txt files in both " + cleanDirectory + " and " + spunDirectory);
            return null;
        }
        return new FeedGenerator(clean, spun);
    }

    private static List<String> texts(String directory) {
        return LabelledCorpus.load(List.of(directory)).entries().stream().map(e -> e.text().text()).toList();
    }
}
