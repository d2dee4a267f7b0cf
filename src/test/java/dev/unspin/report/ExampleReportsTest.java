package dev.unspin.report;

import dev.unspin.cli.Main;
import dev.unspin.cli.Version;
import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputFormat;
import dev.unspin.input.InputSource;
import dev.unspin.input.TextReader;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.pipeline.InputOutcome;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * reports/ holds the example output of every format for every sample in samples/; this fails when
 * one is missing or out of date. Each sample is checked once, as {@code unspin check} checks it,
 * and every format is rendered from that result; one format also goes through the command line.
 * Regenerate them all with {@code mvn -q test -Dtest=ExampleReportsTest -Dunspin.updateReports=true}.
 */
class ExampleReportsTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path REPORTS = Path.of("reports");
    private static final boolean UPDATE = Boolean.getBoolean("unspin.updateReports");

    @TestFactory
    Stream<DynamicTest> everyFormatOfEverySampleIsUpToDate() throws IOException {
        CheckPipeline pipeline = CheckPipeline.builder().build();
        ReportFormat.WriterOptions options = new ReportFormat.WriterOptions(false, Path.of("").toAbsolutePath(), Optional.empty());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples()) {
            String display = SAMPLES.resolve(sample.getFileName()).toString();
            InputOutcome outcome = pipeline.check(new InputSource(sample, display), new TextReader(InputStream.nullInputStream()),
                    InputFormat.of(display));
            DocumentResult result = assertInstanceOf(InputOutcome.Checked.class, outcome).result();
            RunReport report = new RunReport(Version.current(), List.of(result), List.of());
            for (ReportFormat format : ReportFormat.values()) {
                Path expected = expected(sample, format);
                tests.add(DynamicTest.dynamicTest(expected.toString(), () -> {
                    StringWriter produced = new StringWriter();
                    try (PrintWriter out = new PrintWriter(produced)) {
                        format.writer(options).write(report, out);
                    }
                    compare(expected, produced.toString());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theCommandLineWritesTheSameReport() throws IOException {
        Path sample = samples().get(0);
        Path produced = Files.createTempFile("unspin-report", ".json");
        try {
            Main.run(InputStream.nullInputStream(), new ByteArrayOutputStream(), new ByteArrayOutputStream(), "check",
                    "--format", "json", "--fail-on", "never", "-o", produced.toString(), SAMPLES.resolve(sample.getFileName()).toString());
            assertEquals(read(expected(sample, ReportFormat.JSON)), Files.readString(produced, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(produced);
        }
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Path expected(Path sample, ReportFormat format) {
        return REPORTS.resolve(sample.getFileName().toString().replaceFirst("\\.txt$", "") + "." + format.extension());
    }

    private static void compare(Path expected, String actual) throws IOException {
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(read(expected), actual, expected + " is out of date; regenerate with "
                + "mvn -q test -Dtest=ExampleReportsTest -Dunspin.updateReports=true");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(missing)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
