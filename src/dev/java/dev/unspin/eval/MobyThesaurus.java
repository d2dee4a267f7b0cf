package dev.unspin.eval;

import net.sf.extjwnl.data.POS;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Moby thesaurus (Grady Ward, public domain; npm package {@code moby}, file {@code words.txt}):
 * one line per headword, {@code head,synonym,synonym,...}, with no parts of speech. Only lower-case
 * one-word synonyms of letters are kept. It shares nothing with WordNet, so a spinner drawing from
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
        Map<String, Set<String>> entries = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(wordsTxt, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] cells = line.split(",");
                if (cells.length < 2 || !LETTERS.matcher(cells[0]).matches()) {
                    continue;
                }
                Set<String> synonyms = new LinkedHashSet<>();
                for (int i = 1; i < cells.length; i++) {
                    if (LETTERS.matcher(cells[i]).matches() && !cells[i].equals(cells[0])) {
                        synonyms.add(cells[i]);
                    }
                }
                if (!synonyms.isEmpty()) {
                    entries.merge(cells[0], synonyms, (a, b) -> {
                        a.addAll(b);
                        return a;
                    });
                }
            }
        }
        if (entries.isEmpty()) {
            throw new IOException(wordsTxt + ": no thesaurus entries (expected lines head,synonym,...)");
        }
        return new MobyThesaurus(entries);
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
