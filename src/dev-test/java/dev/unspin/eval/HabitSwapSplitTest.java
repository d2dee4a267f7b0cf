package dev.unspin.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The split column of the habits swap table agrees with the dictionary: a "known" row is a swap
 * the dictionary has, a "heldout" row one it has not. Fails when a held-out swap is added to the
 * dictionary, which would make the held-out figures meaningless. {@code -Dunspin.updateSplit=true}
 * rewrites the column.
 */
class HabitSwapSplitTest {
    private static final Path TABLE = Path.of("samples/heldout/habit-swaps.tsv");

    @Test
    void splitColumnMatchesTheDictionary() throws IOException {
        DictionarySwaps dictionary = new DictionarySwaps(Path.of("rules/dictionary"));
        List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                expected.add(line);
                continue;
            }
            SwapTable.Row row = SwapTable.row(line);
            String entry = dictionary.entryFor(row);
            String split = entry == null ? "heldout" : "known";
            if (!split.equals(row.split())) {
                wrong.add(row.original() + " -> " + row.spun() + ": marked " + row.split() + ", but "
                        + (entry == null ? "no dictionary entry makes this swap" : "the dictionary has it (" + entry + ")"));
            }
            expected.add(row.original() + "\t" + row.spun() + "\t" + split);
        }
        if (Boolean.getBoolean("unspin.updateSplit")) {
            Files.writeString(TABLE, String.join("\n", expected) + "\n", StandardCharsets.UTF_8);
            return;
        }
        assertEquals(List.of(), wrong, "held-out swaps must stay out of rules/dictionary; if a swap was added on purpose, "
                + "recompute the column (mvn -q test -Dtest=HabitSwapSplitTest -Dunspin.updateSplit=true) and regenerate the spun sets");
    }

    @Test
    void bothHalvesAreSubstantial() throws IOException {
        List<SwapTable.Row> rows = SwapTable.read(TABLE).rows();
        long heldOut = rows.stream().filter(r -> r.split().equals("heldout")).count();
        assertTrue(heldOut >= 60 && rows.size() - heldOut >= 40, heldOut + " held-out of " + rows.size());
    }
}
