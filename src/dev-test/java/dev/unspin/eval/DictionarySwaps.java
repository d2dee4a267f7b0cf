package dev.unspin.eval;

import dev.unspin.lexicon.Lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The word swaps the dictionary already knows: for each entry and each of its fixes, the words in
 * which the spun phrase and the fix differ (common leading and trailing words removed). A swap
 * (original to spun) is known when its words stand in those parts, compared by word form or lemma,
 * so "weapons" to "guns" is known from an entry "{weapon}" to "{gun}" or "nuclear fingers" to "nuclear arms".
 */
final class DictionarySwaps {
    private final List<Difference> differences = new ArrayList<>();
    private final Lexicon lexicon = Lexicon.english();

    /** The differing words of one entry and fix, and where the entry is written. */
    record Difference(List<String> spun, List<String> fix, String entry) {
    }

    DictionarySwaps(Path dictionaryDirectory) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dictionaryDirectory)) {
            files = list.filter(p -> p.toString().endsWith(".dict")).sorted().toList();
        }
        for (Path file : files) {
            String spun = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("spun:")) {
                    spun = line.substring(5).strip();
                } else if (line.startsWith("fix:") && spun != null) {
                    for (String fix : line.substring(4).split("\\|")) {
                        add(words(spun), words(fix), file.getFileName() + ": " + spun + " -> " + fix.strip());
                    }
                }
            }
        }
    }

    private void add(List<String> spun, List<String> fix, String entry) {
        int head = 0;
        while (head < spun.size() && head < fix.size() && spun.get(head).equals(fix.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < spun.size() - head && tail < fix.size() - head
                && spun.get(spun.size() - 1 - tail).equals(fix.get(fix.size() - 1 - tail))) {
            tail++;
        }
        differences.add(new Difference(spun.subList(head, spun.size() - tail), fix.subList(head, fix.size() - tail), entry));
    }

    private static List<String> words(String phrase) {
        return List.of(phrase.toLowerCase(Locale.ROOT).replaceAll("[{}]", "").strip().split("\\s+"));
    }

    /** The first dictionary entry that makes this swap, or null. */
    String entryFor(SwapTable.Row row) {
        List<String> original = row.originalWords();
        List<String> spun = List.of(row.spun().split(" "));
        for (Difference d : differences) {
            if (contains(d.spun(), spun) && contains(d.fix(), original)) {
                return d.entry();
            }
        }
        return null;
    }

    private boolean contains(List<String> words, List<String> part) {
        for (int i = 0; i + part.size() <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < part.size() && all; k++) {
                all = sameWord(words.get(i + k), part.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> lemmas = new HashSet<>(lemmas(a));
        lemmas.retainAll(lemmas(b));
        return !lemmas.isEmpty();
    }

    private Set<String> lemmas(String word) {
        Set<String> lemmas = new HashSet<>(List.of(word));
        lexicon.analyse(word).forEach(a -> lemmas.add(a.lemma()));
        return lemmas;
    }
}
