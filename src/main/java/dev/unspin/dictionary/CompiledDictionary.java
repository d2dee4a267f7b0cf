package dev.unspin.dictionary;

import dev.unspin.engine.Category;
import dev.unspin.engine.RuleFiles;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The packaged dictionary as the build leaves it, so start-up reads it instead of parsing the
 * {@code .dict} files: every entry with its inflected forms already expanded (no morphology lookups),
 * the named lists, and the spinners' swaps read backwards ({@link SwapVocabulary}). The build writes it
 * ({@link #compile}, run by {@code pipeline.RulesCompiler}) as the resource {@value #RESOURCE}; it carries a fingerprint of the
 * {@code .dict} files it was made from, and is used only while they are unchanged.
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): magic, format version, fingerprint; the named lists;
 * the entries; the swaps. Strings are modified UTF-8, a nullable string is preceded by a presence byte.
 */
public final class CompiledDictionary {
    /** Where the build puts the compiled dictionary on the class path. */
    public static final String RESOURCE = "/dev/unspin/dictionary/packaged-dictionary.bin";
    private static final int MAGIC = 0x554E5344; // "UNSD"
    /** Bump whenever the layout or what an entry holds changes. */
    private static final int FORMAT = 1;

    private CompiledDictionary() {
    }

    /**
     * Parses the dictionary files of {@code rules} and writes their compiled form; returns how many
     * entries it holds. A malformed file throws with every problem found.
     */
    public static int compile(RuleFiles rules, OutputStream target) throws IOException {
        List<RuleFiles.RuleFile> files = rules.list("dictionary", ".dict");
        PhraseDictionary dictionary = PhraseDictionary.fromFiles(files);
        write(dictionary, RuleFiles.fingerprint(files), target);
        return dictionary.entries().size();
    }

    /** Writes the dictionary parsed from files with this fingerprint. */
    static void write(PhraseDictionary dictionary, String fingerprint, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(fingerprint);
        List<NamedList> lists = dictionary.lists();
        out.writeInt(lists.size());
        for (NamedList list : lists) {
            out.writeUTF(list.name());
            writeStrings(out, list.alternatives());
            out.writeUTF(list.location());
        }
        out.writeInt(dictionary.entries().size());
        for (DictionaryEntry entry : dictionary.entries()) {
            writeEntry(out, entry);
        }
        Map<String, List<SwapVocabulary.Swap>> swaps = SwapVocabulary.of(dictionary).bySpun();
        out.writeInt(swaps.size());
        for (Map.Entry<String, List<SwapVocabulary.Swap>> e : swaps.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().size());
            for (SwapVocabulary.Swap swap : e.getValue()) {
                out.writeUTF(swap.originalText());
                out.writeInt(swap.support());
            }
        }
        out.flush();
    }

    /**
     * The compiled packaged dictionary, if the class path has one made from exactly these files
     * (empty when it is missing, from another format version, or made from other files: a stale build).
     */
    static Optional<PhraseDictionary> readPackaged(List<RuleFiles.RuleFile> files) {
        try (InputStream resource = CompiledDictionary.class.getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                return Optional.empty();
            }
            return read(resource, RuleFiles.fingerprint(files));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read unspin's compiled dictionary " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The dictionary in {@code source}, or empty when it is of another format or was made from other files. */
    static Optional<PhraseDictionary> read(InputStream source, String expectedFingerprint) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(expectedFingerprint)) {
            return Optional.empty();
        }
        NamedLists lists = new NamedLists();
        int listCount = in.readInt();
        for (int i = 0; i < listCount; i++) {
            lists.add(new NamedList(in.readUTF(), readStrings(in), in.readUTF()));
        }
        int entryCount = in.readInt();
        List<DictionaryEntry> entries = new ArrayList<>(entryCount);
        for (int i = 0; i < entryCount; i++) {
            entries.add(readEntry(in));
        }
        int swapCount = in.readInt();
        Map<String, List<SwapVocabulary.Swap>> swaps = new HashMap<>(swapCount * 2);
        for (int i = 0; i < swapCount; i++) {
            String spun = in.readUTF();
            int n = in.readInt();
            List<SwapVocabulary.Swap> list = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                list.add(new SwapVocabulary.Swap(spun.split(" "), in.readUTF().split(" "), in.readInt()));
            }
            swaps.put(spun, List.copyOf(list));
        }
        return Optional.of(PhraseDictionary.compiled(entries, lists, SwapVocabulary.ofSwaps(swaps)));
    }

    private static void writeEntry(DataOutputStream out, DictionaryEntry entry) throws IOException {
        out.writeUTF(entry.id());
        out.writeUTF(entry.location());
        out.writeUTF(entry.spun());
        out.writeInt(entry.pattern().size());
        for (PatternToken token : entry.pattern()) {
            writeNullable(out, token.literal());
            writeNullable(out, token.lemma());
            out.writeInt(token.formTags().size());
            for (Map.Entry<String, List<String>> form : token.formTags().entrySet()) {
                out.writeUTF(form.getKey());
                writeStrings(out, form.getValue());
            }
        }
        writeStrings(out, entry.fixes());
        out.writeUTF(entry.category().name());
        out.writeDouble(entry.confidence());
        for (TokenCondition condition : entry.conditions().inKeyOrder()) {
            writeNullable(out, condition == null ? null : String.join(" | ", condition.alternatives()));
        }
        writeStrings(out, List.copyOf(new TreeSet<>(entry.sourceLanguages())));
        writeNullable(out, entry.flagExample());
        writeNullable(out, entry.passExample());
    }

    private static DictionaryEntry readEntry(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String location = in.readUTF();
        String spun = in.readUTF();
        int tokens = in.readInt();
        List<PatternToken> pattern = new ArrayList<>(tokens);
        for (int t = 0; t < tokens; t++) {
            String literal = readNullable(in);
            String lemma = readNullable(in);
            int forms = in.readInt();
            Map<String, List<String>> formTags = new LinkedHashMap<>();
            for (int f = 0; f < forms; f++) {
                formTags.put(in.readUTF(), new ArrayList<>(readStrings(in)));
            }
            pattern.add(literal != null ? PatternToken.literal(literal) : PatternToken.inflected(lemma, formTags));
        }
        List<String> fixes = readStrings(in);
        Category category = Category.valueOf(in.readUTF());
        double confidence = in.readDouble();
        TokenCondition[] conditions = new TokenCondition[ContextConditions.KEYS.size()];
        for (int c = 0; c < conditions.length; c++) {
            String alternatives = readNullable(in);
            conditions[c] = alternatives == null ? null : TokenCondition.parse(alternatives);
        }
        Set<String> sourceLanguages = Set.copyOf(readStrings(in));
        return new DictionaryEntry(id, location, spun, pattern, fixes, category, confidence, ContextConditions.of(conditions),
                sourceLanguages, readNullable(in), readNullable(in));
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(in.readUTF());
        }
        return List.copyOf(strings);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
