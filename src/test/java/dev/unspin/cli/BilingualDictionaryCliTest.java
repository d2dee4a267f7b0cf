package dev.unspin.cli;

import dev.unspin.bilingual.BilingualFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** check --bilingual-dictionaries: source/number-word with the dictionary; one line saying how to install it without. */
class BilingualDictionaryCliTest {
    @TempDir
    Path dir;

    private CliRun check(Path dictionaries) throws Exception {
        Path source = Files.writeString(dir.resolve("report.de.txt"), "Die Polizei fand 30 Waffen.\n", StandardCharsets.UTF_8);
        Path target = Files.writeString(dir.resolve("report.en.txt"), "Police found 30 fingers.\n", StandardCharsets.UTF_8);
        return CliRun.of("", List.of("check", "--detectors", "source", "--source-language", "de", "--bilingual-dictionaries",
                dictionaries.toString(), "--source-file", source.toString(), target.toString()));
    }

    @Test
    void theDictionaryFindsWeaponsRenderedFingers() throws Exception {
        CliRun run = check(BilingualFixtures.copy(dir.resolve("dictionaries"), BilingualFixtures.GERMAN));
        assertEquals("", run.err());
        assertTrue(run.out().contains("'Waffen' after 30 in the source (weapons, arms) has no translation near this number"
                + " (source/number-word, confidence 0.60; segment score 75.0)"), run.out());
    }

    @Test
    void withoutTheDictionaryTheCheckIsSkippedWithOneLineSayingHowToInstallIt() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = check(empty);
        assertFalse(run.out().contains("source/number-word"), run.out());
        assertEquals("unspin: no bilingual dictionary for de in " + empty + ": source/number-word skipped (install:"
                + " unspin-install-dictionaries de, or give --bilingual-dictionaries DIR)\n", run.err());
    }
}
