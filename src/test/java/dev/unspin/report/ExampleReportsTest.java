package dev.unspin.report;

import dev.unspin.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * reports/ holds the example output of every format for every sample in samples/; this fails when
 * one is missing or out of date. Regenerate them all with
 * {@code mvn -q test -Dtest=ExampleReportsTest -Dunspin.updateReports=true}.
 */
class ExampleReportsTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path REPORTS = Path.of("reports");

    @TestFactory
    Stream<DynamicTest> everyFormatOfEverySampleIsUpToDate() throws IOException {
        boolean update = Boolean.getBoolean("unspin.updateReports");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path sample : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = sample.getFileName().toString().replaceFirst("\\.txt$", "");
                for (ReportFormat format : ReportFormat.values()) {
                    Path expected = REPORTS.resolve(name + "." + format.extension());
                    tests.add(DynamicTest.dynamicTest(expected.toString(), () -> check(sample, format, expected, update)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Path sample, ReportFormat format, Path expected, boolean update) throws IOException {
        Path produced = Files.createTempFile("unspin-report", "." + format.extension());
        try {
            Main.run("check", "--format", format.id(), "--color", "never", "--fail-on", "never", "-o", produced.toString(),
                    SAMPLES.resolve(sample.getFileName()).toString());
            String actual = Files.readString(produced, StandardCharsets.UTF_8);
            if (update) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertEquals(read(expected), actual, expected + " is out of date; regenerate with "
                    + "mvn -q test -Dtest=ExampleReportsTest -Dunspin.updateReports=true");
        } finally {
            Files.deleteIfExists(produced);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(missing)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
