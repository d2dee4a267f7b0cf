package dev.unspin.grammar;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.patterns.AbstractTokenBasedRule;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;
import org.languagetool.tagging.disambiguation.rules.DisambiguationRuleLoader;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * LanguageTool's English disambiguation rules indexed by the words that let them run, made by the build
 * so a check parses only the rules its sentences can trigger ({@link LazyRuleDisambiguator}) instead
 * of all 1,080 (a small saving at start-up, ~20 ms of ~250 ms of CPU: the ~115 rules every sentence needs
 * cost most of the parse; see docs/quality.md). For each rule file LanguageTool's English disambiguator reads,
 * in its order, the file's layout ({@link RuleFileLayout}) and, per rule or rule group, how many rules it
 * holds and its <em>triggers</em>: LanguageTool runs a rule on a sentence only when the sentence has a
 * token (lower-cased) among the values of the rule's first word-form hint, or always when the rule has no
 * such hint ({@code RuleSet.textHinted}); a group's triggers are its rules' values together, and a group
 * with a rule without a hint has none (always needed). The files' length and hash are kept, so an index
 * made from another LanguageTool version is never used. Written as the resource {@value #RESOURCE}.
 */
public final class CompiledDisambiguation {
    /** Where the build puts the index on the class path. */
    public static final String RESOURCE = "/dev/unspin/grammar/packaged-disambiguation.bin";
    /** The files LanguageTool's English disambiguator reads, in its order (its resource directory). */
    static final List<String> FILES = List.of("en/disambiguation.xml", "disambiguation-global.xml");
    private static final int MAGIC = 0x554E5344; // "UNSD"
    /** Bump whenever the layout changes. */
    private static final int FORMAT = 1;

    /** One rule file: its text's fingerprint, layout, and each rule group's rule count and triggers (empty: always). */
    record FileIndex(String path, int length, int hash, RuleFileLayout layout, List<Integer> ruleCounts,
                     List<Optional<Set<String>>> triggers) {
        FileIndex {
            ruleCounts = List.copyOf(ruleCounts);
            triggers = List.copyOf(triggers);
        }
    }

    private CompiledDisambiguation() {
    }

    /** Indexes the English disambiguation files of the LanguageTool on the class path; returns how many rules. */
    public static int compile(OutputStream target) throws IOException {
        Language english = GrammarRuleLoader.english();
        List<FileIndex> files = new ArrayList<>();
        int rules = 0;
        for (String path : FILES) {
            FileIndex file = index(path, LanguageToolFiles.text(path), english);
            files.add(file);
            rules += file.ruleCounts().stream().mapToInt(Integer::intValue).sum();
        }
        write(files, target);
        return rules;
    }

    /** Parses each rule group of the file on its own (with the file's head and other parts) to learn its rules' triggers. */
    static FileIndex index(String path, String text, Language language) throws IOException {
        RuleFileLayout layout = RuleFileLayout.of(text);
        String prelude = layout.prelude(text);
        List<Integer> counts = new ArrayList<>();
        List<Optional<Set<String>>> triggers = new ArrayList<>();
        for (RuleFileLayout.Range group : layout.rules()) {
            List<DisambiguationPatternRule> rules = parse(prelude + group.of(text) + layout.rootEnd(), path, language);
            counts.add(rules.size());
            triggers.add(triggersOf(rules));
        }
        int whole = parse(text, path, language).size();
        int sum = counts.stream().mapToInt(Integer::intValue).sum();
        if (whole != sum) {
            throw new IllegalStateException(path + ": " + whole + " rules in the file, but " + sum + " in its groups");
        }
        return new FileIndex(path, text.length(), text.hashCode(), layout, counts, triggers);
    }

    /** LanguageTool's disambiguation rule parser over one (partial) rule file. */
    static List<DisambiguationPatternRule> parse(String xml, String path, Language language) throws IOException {
        try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            return new DisambiguationRuleLoader().getRules(in, language, path);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse LanguageTool's disambiguation rules " + path + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Set<String>> triggersOf(List<DisambiguationPatternRule> rules) {
        Set<String> triggers = new LinkedHashSet<>();
        for (DisambiguationPatternRule rule : rules) {
            Optional<List<String>> hint = RuleHint.firstFormHint(rule);
            if (hint.isEmpty()) {
                return Optional.empty();
            }
            triggers.addAll(hint.get());
        }
        return Optional.of(triggers);
    }

    static void write(List<FileIndex> files, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(JLanguageTool.VERSION);
        out.writeInt(files.size());
        for (FileIndex file : files) {
            out.writeUTF(file.path());
            out.writeInt(file.length());
            out.writeInt(file.hash());
            RuleFileLayout layout = file.layout();
            out.writeUTF(layout.root());
            out.writeInt(layout.headEnd());
            writeRanges(layout.others(), out);
            writeRanges(layout.rules(), out);
            for (int i = 0; i < layout.rules().size(); i++) {
                out.writeShort(file.ruleCounts().get(i));
                Optional<Set<String>> triggers = file.triggers().get(i);
                out.writeInt(triggers.map(Set::size).orElse(-1));
                for (String trigger : triggers.orElse(Set.of())) {
                    out.writeUTF(trigger);
                }
            }
        }
        out.flush();
    }

    /** The packaged index, when the class path has one made from this LanguageTool version. */
    static Optional<List<FileIndex>> readPackaged() {
        try (InputStream resource = CompiledDisambiguation.class.getResourceAsStream(RESOURCE)) {
            return resource == null ? Optional.empty() : read(resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read unspin's compiled disambiguation index " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static Optional<List<FileIndex>> read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(JLanguageTool.VERSION)) {
            return Optional.empty();
        }
        int fileCount = in.readInt();
        List<FileIndex> files = new ArrayList<>(fileCount);
        for (int f = 0; f < fileCount; f++) {
            String path = in.readUTF();
            int length = in.readInt();
            int hash = in.readInt();
            String root = in.readUTF();
            int headEnd = in.readInt();
            List<RuleFileLayout.Range> others = readRanges(in);
            List<RuleFileLayout.Range> groups = readRanges(in);
            List<Integer> counts = new ArrayList<>(groups.size());
            List<Optional<Set<String>>> triggers = new ArrayList<>(groups.size());
            for (int i = 0; i < groups.size(); i++) {
                counts.add((int) in.readShort());
                int size = in.readInt();
                if (size < 0) {
                    triggers.add(Optional.empty());
                } else {
                    Set<String> values = new LinkedHashSet<>();
                    for (int t = 0; t < size; t++) {
                        values.add(in.readUTF());
                    }
                    triggers.add(Optional.of(values));
                }
            }
            files.add(new FileIndex(path, length, hash, new RuleFileLayout(root, headEnd, groups, others), counts, triggers));
        }
        return Optional.of(List.copyOf(files));
    }

    private static void writeRanges(List<RuleFileLayout.Range> ranges, DataOutputStream out) throws IOException {
        out.writeInt(ranges.size());
        for (RuleFileLayout.Range range : ranges) {
            out.writeInt(range.start());
            out.writeInt(range.end());
        }
    }

    private static List<RuleFileLayout.Range> readRanges(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<RuleFileLayout.Range> ranges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ranges.add(new RuleFileLayout.Range(in.readInt(), in.readInt()));
        }
        return ranges;
    }

    /**
     * The word-form hint LanguageTool files a rule under when it picks the rules for a sentence
     * ({@code RuleSet.textHinted}: the first of the rule's sorted hints that is not about lemmas), read
     * from its package-private fields; empty when the rule has none (it then runs on every sentence).
     * Only the build reads it; a LanguageTool upgrade that renames the fields fails the build here.
     */
    static final class RuleHint {
        private RuleHint() {
        }

        static Optional<List<String>> firstFormHint(AbstractTokenBasedRule rule) {
            try {
                Field hintsField = AbstractTokenBasedRule.class.getDeclaredField("tokenHints");
                hintsField.setAccessible(true);
                Object[] hints = (Object[]) hintsField.get(rule);
                if (hints == null) {
                    return Optional.empty();
                }
                for (Object hint : hints) {
                    Field inflected = hint.getClass().getDeclaredField("inflected");
                    Field values = hint.getClass().getDeclaredField("lowerCaseValues");
                    inflected.setAccessible(true);
                    values.setAccessible(true);
                    if (!inflected.getBoolean(hint)) {
                        return Optional.of(List.of((String[]) values.get(hint)));
                    }
                }
                return Optional.empty();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("LanguageTool's rule hints are not where unspin reads them: " + e, e);
            }
        }
    }
}
