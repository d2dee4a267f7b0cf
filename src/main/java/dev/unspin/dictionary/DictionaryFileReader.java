package dev.unspin.dictionary;

import dev.unspin.engine.RuleFiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a {@code .dict} file into its entries' blocks of {@code key: value} lines (blank lines
 * between entries, {@code #} comments) and its {@code list:} declarations, which stand on lines of
 * their own outside entries. Checks only the layout: known keys, each once per entry, an entry
 * starting with {@code id:} or {@code spun:}.
 */
final class DictionaryFileReader {
    static final String LIST_KEY = "list";
    static final Set<String> ENTRY_KEYS = Set.of("id", "spun", "fix", "category", "confidence", "prev", "not-prev",
            "next", "not-next", "prev2", "next2", "source-language", "note", "flag", "pass");

    private DictionaryFileReader() {
    }

    /** The file's entries; its list declarations go to {@code lists}; problems are appended. */
    static List<DictionaryBlock> read(RuleFiles.RuleFile file, NamedLists lists, List<String> problems) {
        List<DictionaryBlock> blocks = new ArrayList<>();
        Map<String, DictionaryBlock.Field> fields = new LinkedHashMap<>();
        int blockLine = 0;
        String[] lines = file.content().split("\r?\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            String where = file.name() + ":" + (i + 1);
            if (trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.isEmpty()) {
                if (!fields.isEmpty()) {
                    blocks.add(new DictionaryBlock(file.name(), file.origin(), blockLine, fields));
                    fields.clear();
                }
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            if (key.equals(LIST_KEY)) {
                if (fields.isEmpty()) {
                    lists.declare(value, where, problems);
                } else {
                    problems.add(where + ": 'list:' inside an entry; a list declaration stands outside entries (leave a blank line before it)");
                }
                continue;
            }
            if (!ENTRY_KEYS.contains(key)) {
                problems.add(where + ": expected 'key: value' with a key among " + ENTRY_KEYS + " or 'list: NAME = ...', got: " + trimmed);
                continue;
            }
            if (fields.isEmpty()) {
                blockLine = i + 1;
                if (!key.equals("id") && !key.equals("spun")) {
                    problems.add(where + ": an entry must start with 'id:' or 'spun:'");
                }
            }
            if (fields.put(key, new DictionaryBlock.Field(value, i + 1)) != null) {
                problems.add(where + ": '" + key + "' given twice in one entry (missing blank line between entries?)");
            }
        }
        return blocks;
    }
}
