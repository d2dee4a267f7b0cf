package dev.unspin.cli;

import dev.unspin.bilingual.BilingualFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DictionaryBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void timesEachDictionaryAndNamesTheMissingOnes() {
        BilingualFixtures.copy(dir, BilingualFixtures.CEDICT, BilingualFixtures.GERMAN);
        CliRun run = CliRun.of(DevMain::run, "", List.of("dictionary-bench", "--dir", dir.toString(), "--rounds", "1"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s)de: 5 headwords; [0-9,]+ ms a read .*\nes: no dictionary in .*\nfr: no dictionary in .*"
                + "\nzh: 16 headwords; [0-9,]+ ms a read .*\n"), run.out());
    }
}
