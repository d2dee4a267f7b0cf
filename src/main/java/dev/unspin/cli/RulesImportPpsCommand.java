package dev.unspin.cli;

import dev.unspin.dictionary.DictionaryEntry;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.engine.RuleFiles;
import dev.unspin.rulepack.PpsImporter;
import dev.unspin.report.OutputTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import-pps", mixinStandardHelpOptions = true,
        description = {"Convert an export of the Problematic Paper Screener's tortured-phrase list into an unspin "
                + "dictionary file (category tortured-phrase) for your own repository; unspin ships no such list.",
                "",
                "The CSV (RFC 4180, UTF-8, a header row) has the columns tortured phrase, expected phrase and number of "
                        + "papers. The tortured column may hold a query: quoted phrases, AND, OR, NOT, parentheses. Each "
                        + "OR alternative becomes an entry; a NOT term that is the phrase with one word after or before "
                        + "becomes a not-next/not-prev condition; other AND/NOT terms cannot be expressed and are dropped "
                        + "with a warning. Confidence: " + PpsImporter.HIGH_CONFIDENCE + " for phrases in "
                        + PpsImporter.MANY_PAPERS + " or more papers, " + PpsImporter.LOW_CONFIDENCE + " below.",
                "Flag and pass examples are generated from a template (\"We used the PHRASE in this study.\") with the "
                        + "tortured and the expected phrase and run; entries whose examples fail are dropped.",
                "Rows that cannot be converted, and dropped terms, are reported on stderr with their line numbers.",
                "",
                "Use the result with `unspin check --rules DIR` (DIR/dictionary/ holding it beside the other .dict files), "
                        + "and `unspin rules test OUT.dict`."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rule file was written (skipped rows are reported on stderr)",
                "1:nothing to import: every row skipped, dropped or already known (nothing written)", "2:the CSV could not be read, the output could not be written, or usage error"})
final class RulesImportPpsCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The exported CSV.")
    Path csv;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.dict",
            description = "Write the rule file here (its name, without .dict, prefixes the rule ids); default: standard output.")
    Path output;

    @Option(names = "--keep-known",
            description = "Also import phrases that unspin's packaged dictionary already has (by default they are skipped with a warning, "
                    + "so the file can be used beside the packaged rules without duplicates).")
    boolean keepKnown;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && !output.getFileName().toString().endsWith(".dict")) {
            err.println("unspin: -o " + output + ": a dictionary file must end in .dict");
            return 2;
        }
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            err.println("unspin: " + csv + ": not valid UTF-8; save the CSV as UTF-8 first");
            return 2;
        } catch (IOException e) {
            err.println("unspin: " + csv + ": cannot read (" + e.getMessage() + ")");
            return 2;
        }
        String outputName = output == null ? "pps.dict" : output.getFileName().toString();
        List<DictionaryEntry> known = keepKnown ? List.of() : PhraseDictionary.load(RuleFiles.packaged()).entries();
        PpsImporter.Result result = PpsImporter.convert(text, csv.getFileName().toString(), outputName, known);
        result.messages().forEach(m -> err.println("unspin: " + csv + ":" + m));
        String summary = String.format("%d entries from %d rows of %s; %d row(s) skipped, %d entr%s dropped (examples failed), %d warning(s)",
                result.entries(), result.rows(), csv, result.skipped(), result.dropped(), result.dropped() == 1 ? "y" : "ies",
                result.warnings());
        if (result.entries() == 0) {
            err.println("unspin: nothing imported: " + summary);
            return 1;
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(result.dictionary());
            out.flush();
        } else {
            OutputTarget.write(output, out -> out.print(result.dictionary()));
        }
        err.println("unspin: imported " + summary + (output == null ? "" : " into " + output));
        return 0;
    }
}
