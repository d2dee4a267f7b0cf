package dev.unspin.dictionary;

import dev.unspin.engine.RuleFiles;
import dev.unspin.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All dictionary entries, indexed as a token trie: one walk from each token finds every entry
 * whose phrase starts there, in time proportional to the match length.
 */
public final class PhraseDictionary {
    private final List<DictionaryEntry> entries;
    private final NamedLists lists;
    private final Node root = new Node();
    private final Inflector inflector;
    /** The swaps read backwards out of the entries; made on first use, or read with a compiled dictionary. */
    private volatile SwapVocabulary swaps;

    private PhraseDictionary(List<DictionaryEntry> entries, NamedLists lists, Inflector inflector, SwapVocabulary swaps) {
        this.entries = List.copyOf(entries);
        this.lists = lists;
        this.inflector = inflector;
        this.swaps = swaps;
        for (DictionaryEntry entry : entries) {
            insert(root, entry, 0);
        }
    }

    /** A dictionary read back from its compiled form ({@link CompiledDictionary}), its swaps with it. */
    static PhraseDictionary compiled(List<DictionaryEntry> entries, NamedLists lists, SwapVocabulary swaps) {
        return new PhraseDictionary(entries, lists, new Inflector(Lexicon.english()), swaps);
    }

    /** unspin's packaged dictionary, read once per process: the packaged rules cannot change while unspin runs. */
    private static volatile PhraseDictionary packaged;

    /**
     * Loads every {@code dictionary/*.dict} file; throws with every problem found if any file is
     * malformed. unspin's packaged rules alone are read once and shared (by the detectors and by the
     * check of a configuration's rule ids), from the compiled form the build made of them
     * ({@link CompiledDictionary}) when it was made from these very files, else parsed.
     */
    public static PhraseDictionary load(RuleFiles rules) {
        if (!rules.isPackagedOnly()) {
            return fromFiles(rules.list("dictionary", ".dict"));
        }
        PhraseDictionary shared = packaged;
        if (shared == null) {
            synchronized (PhraseDictionary.class) {
                shared = packaged;
                if (shared == null) {
                    List<RuleFiles.RuleFile> files = rules.list("dictionary", ".dict");
                    shared = CompiledDictionary.readPackaged(files).orElseGet(() -> fromFiles(files));
                    packaged = shared;
                }
            }
        }
        return shared;
    }

    /** Builds a dictionary from the given files only; throws with every problem found if any is malformed. */
    public static PhraseDictionary fromFiles(List<RuleFiles.RuleFile> files) {
        return fromFiles(List.of(), files);
    }

    /**
     * The entries of {@code files} only, read together with {@code context} (the rules they are
     * used with): the context's named lists may be used, its ids must not be repeated, its entries
     * are left out. Throws with every problem found in either if any is malformed.
     */
    public static PhraseDictionary fromFiles(List<RuleFiles.RuleFile> context, List<RuleFiles.RuleFile> files) {
        Inflector inflector = new Inflector(Lexicon.english());
        List<String> problems = new ArrayList<>();
        DictionaryParser.Parsed parsed = new DictionaryParser(inflector).parse(context, files, problems);
        if (!problems.isEmpty()) {
            throw new DictionaryFormatException(problems);
        }
        return new PhraseDictionary(parsed.entries(), parsed.lists(), inflector, null);
    }

    /** Every named list of condition alternatives declared in the files read, in the order declared. */
    public List<NamedList> lists() {
        return lists.all();
    }

    /** The named list of condition alternatives declared as {@code list: NAME = ...}, if any. */
    public Optional<NamedList> list(String name) {
        return lists.get(name);
    }

    public List<DictionaryEntry> entries() {
        return entries;
    }

    /** The spinners' swaps read backwards out of the entries ({@link SwapVocabulary#of}), made once. */
    SwapVocabulary swapVocabulary() {
        SwapVocabulary made = swaps;
        if (made == null) {
            made = SwapVocabulary.readBackwards(this);
            swaps = made;
        }
        return made;
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
