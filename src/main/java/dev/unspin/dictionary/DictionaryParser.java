package dev.unspin.dictionary;

import dev.unspin.engine.RuleFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code *.dict} format described in {@code rules/README.md} from the files loaded
 * together: first every file's blocks and named lists (a list may be used in any of the files),
 * then the entries, then their ids, which must be unique across all the files. Collects every
 * problem, with file and line, instead of stopping at the first.
 */
final class DictionaryParser {
    private final EntryBuilder builder;

    DictionaryParser(Inflector inflector) {
        this.builder = new EntryBuilder(inflector);
    }

    /** What was read: the entries of the files asked for, and the lists declared in all of them. */
    record Parsed(List<DictionaryEntry> entries, NamedLists lists) {
    }

    /**
     * Parses {@code files}; {@code context} files (the rules they are used with) are parsed too, so
     * that their lists can be used and their ids are not repeated, but their entries are not
     * returned. Problems in either are appended to {@code problems}.
     */
    Parsed parse(List<RuleFiles.RuleFile> context, List<RuleFiles.RuleFile> files, List<String> problems) {
        NamedLists lists = new NamedLists();
        List<List<DictionaryBlock>> contextBlocks = new ArrayList<>();
        List<List<DictionaryBlock>> fileBlocks = new ArrayList<>();
        context.forEach(f -> contextBlocks.add(DictionaryFileReader.read(f, lists, problems)));
        files.forEach(f -> fileBlocks.add(DictionaryFileReader.read(f, lists, problems)));
        Map<String, DictionaryBlock> ids = new HashMap<>();
        for (List<DictionaryBlock> blocks : contextBlocks) {
            build(blocks, lists, ids, problems);
        }
        List<DictionaryEntry> entries = new ArrayList<>();
        for (List<DictionaryBlock> blocks : fileBlocks) {
            entries.addAll(build(blocks, lists, ids, problems));
        }
        return new Parsed(entries, lists);
    }

    /** One file's entries; {@code ids} holds the ids taken so far, in any file, by lower case. */
    private List<DictionaryEntry> build(List<DictionaryBlock> blocks, NamedLists lists, Map<String, DictionaryBlock> ids,
                                        List<String> problems) {
        List<DictionaryEntry> entries = new ArrayList<>();
        Set<String> derived = new HashSet<>();
        for (DictionaryBlock block : blocks) {
            String spun = block.value("spun");
            String suggestion = spun == null || spun.isEmpty() ? null
                    : RuleIds.derived(block.file().replaceFirst("\\.dict$", ""), spun, derived);
            DictionaryEntry entry = builder.build(block, lists, suggestion, problems);
            if (entry == null) {
                continue;
            }
            DictionaryBlock earlier = ids.putIfAbsent(entry.id().toLowerCase(Locale.ROOT), block);
            if (earlier != null) {
                problems.add(block.locationOf("id") + ": id '" + entry.id() + "' is already the id of the entry at "
                        + earlier.originLocation() + " ('" + earlier.value("spun") + "'); ids must be unique across"
                        + " all dictionary files loaded together (case does not matter)");
                continue;
            }
            entries.add(entry);
        }
        return entries;
    }
}
