package dev.unspin.eval;

import net.sf.extjwnl.data.POS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Moby thesaurus ({@link MobyWordsFile}) as a synonym source: only lower-case one-word synonyms
 * of letters are kept. It shares nothing with WordNet, so a spinner drawing from
 * it is held out from the model detector, which searches WordNet.
 */
public final class MobyThesaurus implements SynonymSource {
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    private final Map<String, Set<String>> entries;

    private MobyThesaurus(Map<String, Set<String>> entries) {
        this.entries = entries;
    }

    /** A lemma's synonyms both ways: its own entry's and the headwords whose entries list it (Moby is not symmetric). */
    public Map<String, Set<String>> bothWays() {
        Map<String, Set<String>> both = new HashMap<>();
        entries.forEach((head, synonyms) -> {
            both.computeIfAbsent(head, k -> new LinkedHashSet<>()).addAll(synonyms);
            synonyms.forEach(s -> both.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(head));
        });
        return both;
    }

    public static MobyThesaurus read(Path wordsTxt) throws IOException {
        return new MobyThesaurus(MobyWordsFile.read(wordsTxt, LETTERS));
    }

    int headwords() {
        return entries.size();
    }

    /** Moby has no parts of speech: every synonym of the headword, whatever {@code pos}. */
    @Override
    public Set<String> synonyms(String lemma, POS pos) {
        return entries.getOrDefault(lemma, Set.of());
    }
}
