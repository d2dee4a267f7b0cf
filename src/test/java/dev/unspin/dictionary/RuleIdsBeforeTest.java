package dev.unspin.dictionary;

import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule ids never move: every id the parser derived before ids were written into the rule files
 * (dumped once to rule-ids-before.tsv) still names the same entry, with the same phrase, fixes,
 * category, confidence, source languages and conditions (named lists expanded), whichever file
 * the entry is in now.
 */
class RuleIdsBeforeTest {
    private static final PhraseDictionary DICTIONARY = PhraseDictionary.load(RuleFiles.packaged());

    @Test
    void everyEarlierIdStillNamesItsEntry() throws IOException {
        Map<String, DictionaryEntry> byId = new HashMap<>();
        DICTIONARY.entries().forEach(e -> byId.put(e.id(), e));
        List<String> rows = rows();
        assertEquals(4063, rows.size(), "the dump holds every id of the dictionary as it was");
        List<String> differences = new ArrayList<>();
        for (String row : rows) {
            String[] before = row.split("\t", -1);
            DictionaryEntry entry = byId.get(before[0]);
            if (entry == null) {
                differences.add(before[0] + ": no longer in the dictionary");
            } else if (!String.join("\t", describe(entry)).equals(row)) {
                differences.add(before[0] + ": was\n  " + row + "\nnow\n  " + String.join("\t", describe(entry)));
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " ids changed:\n" + String.join("\n", differences));
    }

    /** The columns of the dump for an entry as loaded now. */
    private static List<String> describe(DictionaryEntry e) {
        List<String> columns = new ArrayList<>(List.of(e.id(), e.spun(), String.join(" | ", e.fixes()), e.category().id(),
                Double.toString(e.confidence()), String.join(",", new TreeSet<>(e.sourceLanguages()))));
        for (TokenCondition c : e.conditions().inKeyOrder()) {
            columns.add(c == null ? "" : String.join(" | ", c.alternatives()));
        }
        return columns;
    }

    private static List<String> rows() throws IOException {
        try (InputStream in = RuleIdsBeforeTest.class.getResourceAsStream("/rule-ids-before.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.startsWith("#")).toList();
        }
    }
}
