package dev.unspin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelBenchCliTest {
    @Test
    void printsOpenTimeHeapAndLookupRates() {
        CliRun run = CliRun.of(DevMain::run, "", List.of("model-bench", "--lookups", "20000", "--rounds", "1"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("(72,547 words)"), run.out());
        assertTrue(run.out().matches("(?s).*open: \\d+ ms; heap used after open: [\\d.]+ MB.*"), run.out());
        assertTrue(run.out().matches("(?s).*trigrams of the texts: [\\d,]+ lookups/s.*random word triples *: [\\d,]+ lookups/s.*"), run.out());
    }

    @Test
    void aMissingModelNamesThePathAndHowToBuildIt(@TempDir Path folder) {
        Path missing = folder.resolve("none.bin");
        CliRun run = CliRun.of(DevMain::run, "", List.of("model-bench", "--model", missing.toString()));
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unspin: language model not found: " + missing)
                && run.err().contains("mvn -DskipTests package"), run.err());
    }
}
