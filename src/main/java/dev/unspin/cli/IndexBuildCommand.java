package dev.unspin.cli;

import dev.unspin.originals.OriginalsIndexWriter;
import dev.unspin.originals.OriginalsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Index known originals on disk, for `check --index DIR` and `audit --index DIR`.",
                "",
                "Each original that cannot be used (unreadable, empty, not English, an id given twice) is one line on"
                        + " stderr and is left out; the others are indexed. Memory stays bounded whatever the number of originals."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the index was written (originals left out are named on stderr)",
                "2:usage error, an input does not exist (the others are indexed), or the index could not be written"
                        + " (DIR holds other files, a write failed)"})
final class IndexBuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--originals", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Originals: directories of pages, JSON Lines, CSV or RSS/Atom files, gzip or not, as audit reads them.")
    List<Path> originals;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The index directory: new, empty, or an index to replace.")
    Path directory;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        OriginalsReader.Counts counts;
        long indexed;
        try (OriginalsIndexWriter writer = OriginalsIndexWriter.create(directory, problem -> err.println("unspin: index: " + problem))) {
            counts = OriginalsReader.index(originals, writer, problem -> err.println("unspin: index: " + problem));
            indexed = writer.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "%d originals indexed into %s from %d records (%d skipped, %d duplicate ids) in %.1f s%n",
                indexed, directory, counts.records(), counts.skipped(), counts.indexed() - indexed, seconds);
        return counts.missingInputs() > 0 ? 2 : 0;
    }
}
