package dev.unspin.eval;

import dev.unspin.cli.DevMain;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committed held-out spun sets are exactly what the documented command writes
 * ({@code scripts/unspin-dev eval-spin --mode MODE --seed 1 -o samples/heldout/spun-MODE samples/heldout/clean}),
 * so the data and the spinner cannot drift apart.
 */
class HeldoutSetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"habits", "thesaurus"})
    void regeneratingGivesTheCommittedFiles(String mode, @TempDir Path out) throws IOException {
        assertEquals(0, DevMain.run(java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(),
                java.io.OutputStream.nullOutputStream(), "eval-spin", "--mode", mode, "--seed", "1", "-o", out.toString(),
                "samples/heldout/clean"));
        Path committed = Path.of("samples/heldout/spun-" + mode);
        assertEquals(names(committed), names(out));
        for (String name : names(committed)) {
            assertEquals(Files.readString(committed.resolve(name)), Files.readString(out.resolve(name)),
                    committed.resolve(name) + " differs from what the spinner writes now; regenerate with "
                            + "scripts/unspin-dev eval-spin --mode " + mode + " --seed 1 -o " + committed + " samples/heldout/clean");
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
