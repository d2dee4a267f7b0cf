package dev.unspin.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any number of distinct originals for benchmarks, made on demand (none is kept): original {@code i}
 * is {@value #SENTENCES} sentences of the Brown corpus picked by a seed from {@code i}, with
 * {@value #REPLACED} of their words of four letters or more replaced by random Brown words, so
 * that no two originals share many sentences. The same {@code i} always gives the same text.
 */
public final class SyntheticOriginals {
    static final int SENTENCES = 12;
    static final double REPLACED = 0.3;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern LONG_WORD = Pattern.compile("\\b[a-z]{4,}\\b");

    private final List<String> sentences = new ArrayList<>();
    private final List<String> words;

    public SyntheticOriginals(List<BrownDocuments.Doc> brown) {
        Set<String> vocabulary = new LinkedHashSet<>();
        for (BrownDocuments.Doc d : brown) {
            for (String s : SENTENCE_END.split(d.text().replace("\n\n", " "))) {
                if (s.split(" ").length >= 8) {
                    sentences.add(s);
                }
                Matcher m = LONG_WORD.matcher(s);
                while (m.find()) {
                    vocabulary.add(m.group());
                }
            }
        }
        words = new ArrayList<>(vocabulary);
    }

    public String text(long i) {
        Random random = new Random(i * 1_000_003L + 17);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < SENTENCES; s++) {
            Matcher m = LONG_WORD.matcher(sentences.get(random.nextInt(sentences.size())));
            StringBuilder sentence = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sentence, random.nextDouble() < REPLACED ? words.get(random.nextInt(words.size())) : m.group());
            }
            m.appendTail(sentence);
            text.append(s == 0 ? "" : s % 4 == 0 ? "\n\n" : " ").append(sentence);
        }
        return text.toString();
    }
}
