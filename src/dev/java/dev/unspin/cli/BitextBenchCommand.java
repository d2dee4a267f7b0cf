package dev.unspin.cli;

import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputFormat;
import dev.unspin.pipeline.CheckInput;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.report.ReportFormat;
import dev.unspin.report.ReportWriter;
import dev.unspin.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;

@Command(name = "bitext-bench", mixinStandardHelpOptions = true,
        description = {"Measure segments per second of `check` on a bilingual file (one thread): a generated German-to-English"
                + " PO or XLIFF 2.0 file of --segments segments (sentences with numbers, placeholders and inline codes,"
                + " some with a number changed), checked whole after a warm-up; the median of --rounds rounds is printed.",
                "With --report FORMAT, then the segments per second of writing that report of the checked file (discarded)."})
final class BitextBenchCommand implements Callable<Integer> {
    private static final String[][] PAIRS = {
            {"Es wurden %d Dateien in %s gespeichert.", "%d files were saved in %s."},
            {"Der Preis beträgt {0} Euro.", "The price is {0} euros."},
            {"Bitte warten Sie einen Moment.", "Please wait a moment."},
            {"Ihr Konto wurde erfolgreich erstellt.", "Your account was created successfully."},
            {"Die Verbindung zum Server ist fehlgeschlagen.", "The connection to the server failed."},
            {"Möchten Sie die Änderungen speichern?", "Do you want to save the changes?"},
    };

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--segments", paramLabel = "N", description = "Segments in the file (default: ${DEFAULT-VALUE}).")
    int segments = 50_000;

    @Option(names = "--format", paramLabel = "FORMAT", description = "po or xliff (default: ${DEFAULT-VALUE}).")
    String format = "po";

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--report", paramLabel = "FORMAT", description = "Also measure writing this report format (${COMPLETION-CANDIDATES}).")
    ReportFormat report;

    @Option(names = "--every", paramLabel = "N", description = "Every N-th target has its number changed (default: ${DEFAULT-VALUE}).")
    int every = 50;

    @Mixin
    DetectionOptions detection;

    @Override
    public Integer call() {
        boolean xliff = format.equals("xliff");
        String file = xliff ? xliff(segments) : po(segments);
        CheckPipeline pipeline = detection.pipeline().minConfidence(detection.minConfidence()).build();
        InputFormat inputFormat = xliff ? InputFormat.XLIFF : InputFormat.PO;
        spec.commandLine().getOut().printf(Locale.ROOT, "%s, %,d segments, %,d characters%n", format, segments, file.length());
        spec.commandLine().getOut().println(MedianRate.of(rounds, "segments/s", () -> {
            long start = System.nanoTime();
            pipeline.check(CheckInput.of("bench." + format, file, inputFormat));
            return segments / ((System.nanoTime() - start) / 1e9);
        }));
        if (report != null) {
            DocumentResult result = pipeline.check(CheckInput.of("bench." + format, file, inputFormat));
            RunReport run = new RunReport(Version.current(), List.of(result), List.of());
            ReportWriter writer = report.writer(new ReportFormat.WriterOptions(false, Path.of("").toAbsolutePath(), Optional.empty()));
            spec.commandLine().getOut().printf(Locale.ROOT, "%s report, %,d findings: %s%n", report.id(), result.findings().size(),
                    MedianRate.of(rounds, "segments/s", () -> {
                        long start = System.nanoTime();
                        writer.write(run, new PrintWriter(Writer.nullWriter()));
                        return segments / ((System.nanoTime() - start) / 1e9);
                    }));
        }
        return 0;
    }

    /** The i-th generated pair: a template with a number in front; every --every-th target has its number changed. */
    private String[] pair(int i, Random random) {
        String[] p = PAIRS[i % PAIRS.length];
        int n = random.nextInt(1000);
        int shown = i % every == 0 ? n + 1 : n;
        return new String[]{"(" + n + ") " + p[0], "(" + shown + ") " + p[1]};
    }

    String po(int segments) {
        Random random = new Random(14);
        StringBuilder po = new StringBuilder("msgid \"\"\nmsgstr \"Language: en\\n\"\n\n");
        for (int i = 0; i < segments; i++) {
            String[] p = pair(i, random);
            po.append("#: src/file").append(i).append(".c:1\nmsgid \"").append(p[0]).append("\"\nmsgstr \"").append(p[1]).append("\"\n\n");
        }
        return po.toString();
    }

    String xliff(int segments) {
        Random random = new Random(14);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\""
                + " srcLang=\"de\" trgLang=\"en\">\n<file id=\"f\">\n");
        for (int i = 0; i < segments; i++) {
            String[] p = pair(i, random);
            x.append("<unit id=\"u").append(i).append("\"><segment><source>").append(p[0]).append(" <ph id=\"1\"/></source><target>")
                    .append(p[1]).append(" <ph id=\"1\"/></target></segment></unit>\n");
        }
        return x.append("</file>\n</xliff>\n").toString();
    }
}
