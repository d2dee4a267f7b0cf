package dev.unspin.grammar;

import org.jetbrains.annotations.Nullable;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.tagging.disambiguation.AbstractDisambiguator;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LanguageTool's rule-based English disambiguation ({@code XmlRuleDisambiguator} over
 * {@code en/disambiguation.xml} and {@code disambiguation-global.xml}) with the same result, but parsing
 * a rule group only once a sentence can trigger one of its rules ({@link CompiledDisambiguation}). For a
 * sentence it takes the groups its tokens trigger and those always needed, parses the ones not parsed
 * yet (in one go, each file's head and other parts first), and then does what LanguageTool does: picks
 * the rules by their hints ({@code RuleSet.textHinted}) and applies them in file order. The groups it
 * leaves out hold only rules that LanguageTool's own choice would leave out for that sentence, so the
 * result is the same for every sentence, in any later document too. Thread-safe.
 */
final class LazyRuleDisambiguator extends AbstractDisambiguator {
    private final Language language;
    private final List<RuleFile> files;
    /** Every group of every file, in the disambiguator's rule order. */
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, BitSet> groupsByTrigger = new HashMap<>();
    private final BitSet alwaysNeeded = new BitSet();
    private final BitSet parsed = new BitSet();

    private record RuleFile(String path, String text, RuleFileLayout layout) {
    }

    private static final class Group {
        final int file;
        final RuleFileLayout.Range range;
        final int ruleCount;
        List<DisambiguationPatternRule> rules;

        Group(int file, RuleFileLayout.Range range, int ruleCount) {
            this.file = file;
            this.range = range;
            this.ruleCount = ruleCount;
        }
    }

    private LazyRuleDisambiguator(Language language, List<RuleFile> files, List<CompiledDisambiguation.FileIndex> index) {
        this.language = language;
        this.files = files;
        for (int f = 0; f < index.size(); f++) {
            CompiledDisambiguation.FileIndex file = index.get(f);
            for (int g = 0; g < file.ruleCounts().size(); g++) {
                int number = groups.size();
                groups.add(new Group(f, file.layout().rules().get(g), file.ruleCounts().get(g)));
                Optional<Set<String>> triggers = file.triggers().get(g);
                if (triggers.isEmpty()) {
                    alwaysNeeded.set(number);
                } else {
                    for (String trigger : triggers.get()) {
                        groupsByTrigger.computeIfAbsent(trigger, t -> new BitSet()).set(number);
                    }
                }
            }
        }
    }

    /**
     * The disambiguator over the packaged index, when the class path has one that matches LanguageTool's
     * files exactly (same version, same text); empty otherwise, and LanguageTool's own should be used.
     */
    static Optional<LazyRuleDisambiguator> packaged(Language language) throws IOException {
        Optional<List<CompiledDisambiguation.FileIndex>> index = CompiledDisambiguation.readPackaged();
        return index.isEmpty() ? Optional.empty() : over(index.get(), language);
    }

    /** The disambiguator over this index, when it is of LanguageTool's files as they are on the class path. */
    static Optional<LazyRuleDisambiguator> over(List<CompiledDisambiguation.FileIndex> index, Language language) throws IOException {
        if (!index.stream().map(CompiledDisambiguation.FileIndex::path).toList().equals(CompiledDisambiguation.FILES)) {
            return Optional.empty();
        }
        List<RuleFile> files = new ArrayList<>();
        for (CompiledDisambiguation.FileIndex file : index) {
            String text = LanguageToolFiles.text(file.path());
            if (text.length() != file.length() || text.hashCode() != file.hash()) {
                return Optional.empty();
            }
            files.add(new RuleFile(file.path(), text, file.layout()));
        }
        return Optional.of(new LazyRuleDisambiguator(language, files, index));
    }

    @Override
    public AnalyzedSentence disambiguate(AnalyzedSentence input) throws IOException {
        return disambiguate(input, null);
    }

    @Override
    public AnalyzedSentence disambiguate(AnalyzedSentence input, @Nullable JLanguageTool.CheckCancelledCallback checkCancelled)
            throws IOException {
        AnalyzedSentence sentence = input;
        for (Rule rule : RuleSet.textHinted(rulesFor(input.getTokenSet())).rulesForSentence(input)) {
            if (checkCancelled != null && checkCancelled.checkCancelled()) {
                break;
            }
            sentence = ((DisambiguationPatternRule) rule).replace(sentence);
        }
        return sentence;
    }

    /** Parses, ahead of use, the rule groups sentences with these (lower-cased) tokens need. */
    void prepare(Collection<String> tokens) {
        rulesFor(tokens);
    }

    /** How many of the rule groups are parsed so far, and how many there are. */
    synchronized int parsedGroups() {
        return parsed.cardinality();
    }

    int groupCount() {
        return groups.size();
    }

    /** The rules of every group that lower-cased tokens can trigger, in rule order, parsing those not parsed yet. */
    private synchronized List<DisambiguationPatternRule> rulesFor(Collection<String> tokens) {
        BitSet needed = (BitSet) alwaysNeeded.clone();
        for (String token : tokens) {
            BitSet triggered = groupsByTrigger.get(token);
            if (triggered != null) {
                needed.or(triggered);
            }
        }
        BitSet missing = (BitSet) needed.clone();
        missing.andNot(parsed);
        if (!missing.isEmpty()) {
            parse(missing);
        }
        List<DisambiguationPatternRule> rules = new ArrayList<>();
        needed.stream().forEach(g -> rules.addAll(groups.get(g).rules));
        return rules;
    }

    /** Parses the missing groups, one partial copy of each file, and hands each group its rules. */
    private void parse(BitSet missing) {
        for (int f = 0; f < files.size(); f++) {
            RuleFile file = files.get(f);
            StringBuilder xml = new StringBuilder(file.layout().prelude(file.text()));
            List<Group> included = new ArrayList<>();
            for (int g = missing.nextSetBit(0); g >= 0; g = missing.nextSetBit(g + 1)) {
                Group group = groups.get(g);
                if (group.file == f) {
                    xml.append(group.range.of(file.text())).append('\n');
                    included.add(group);
                }
            }
            if (included.isEmpty()) {
                continue;
            }
            List<DisambiguationPatternRule> rules;
            try {
                rules = CompiledDisambiguation.parse(xml.append(file.layout().rootEnd()).toString(), file.path(), language);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int expected = included.stream().mapToInt(group -> group.ruleCount).sum();
            if (rules.size() != expected) {
                throw new IllegalStateException(file.path() + ": " + rules.size() + " rules parsed where the index has " + expected);
            }
            int next = 0;
            for (Group group : included) {
                group.rules = List.copyOf(rules.subList(next, next + group.ruleCount));
                next += group.ruleCount;
            }
        }
        parsed.or(missing);
    }
}
