package dev.unspin.dictionary;

import dev.unspin.engine.RuleFiles;
import dev.unspin.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All dictionary entries, indexed as a token trie: one walk from each token finds every entry
 * whose phrase starts there, in time proportional to the match length.
 */
public final class PhraseDictionary {
    private final List<DictionaryEntry> entries;
    private final Node root = new Node();
    private final Inflector inflector;

    private PhraseDictionary(List<DictionaryEntry> entries, Inflector inflector) {
        this.entries = List.copyOf(entries);
        this.inflector = inflector;
        for (DictionaryEntry entry : entries) {
            insert(root, entry, 0);
        }
    }

    /** Loads every {@code dictionary/*.dict} file; throws with every problem found if any file is malformed. */
    public static PhraseDictionary load(RuleFiles rules) {
        return fromFiles(rules.list("dictionary", ".dict"));
    }

    /** Builds a dictionary from the given files only; throws with every problem found if any is malformed. */
    public static PhraseDictionary fromFiles(List<RuleFiles.RuleFile> files) {
        Inflector inflector = new Inflector(Lexicon.english());
        DictionaryParser parser = new DictionaryParser(inflector);
        List<String> problems = new ArrayList<>();
        List<DictionaryEntry> entries = new ArrayList<>();
        for (RuleFiles.RuleFile file : files) {
            entries.addAll(parser.parse(file.name(), file.content(), problems));
        }
        if (!problems.isEmpty()) {
            throw new DictionaryFormatException(problems);
        }
        return new PhraseDictionary(entries, inflector);
    }

    public List<DictionaryEntry> entries() {
        return entries;
    }

    Inflector inflector() {
        return inflector;
    }

    Node root() {
        return root;
    }

    private static void insert(Node node, DictionaryEntry entry, int position) {
        if (position == entry.pattern().size()) {
            node.entries.add(entry);
            return;
        }
        for (String form : entry.pattern().get(position).forms()) {
            insert(node.children.computeIfAbsent(form, f -> new Node()), entry, position + 1);
        }
    }

    /** A trie node: the next tokens, and the entries whose phrase ends here. */
    static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<DictionaryEntry> entries = new ArrayList<>(1);
    }
}
