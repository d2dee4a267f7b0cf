package dev.unspin.bilingual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CC-CEDICT file (Chinese → English; {@code cedict_ts.u8}: one entry a line, "TRADITIONAL SIMPLIFIED
 * [pin1 yin1] /gloss/gloss/", comments starting with #). Both the simplified and the traditional headword are
 * kept. A gloss starting "classifier" makes the entry a measure word; "CL:" lists, cross-references
 * ("see", "variant of") and surnames add no translation.
 */
public final class CedictFile {
    private static final Pattern LINE = Pattern.compile("^(\\S+) (\\S+) \\[[^]]*] /(.*)/\\s*$");
    private static final Pattern NO_TRANSLATION = Pattern.compile("^(?:CL:|see |see also |variant of|old variant|surname |Japanese variant|"
            + "also written|erhua variant|used in )");

    private CedictFile() {
    }

    public static BilingualDictionary read(Reader in) throws IOException {
        Map<String, Set<String>> translations = new HashMap<>();
        Map<String, Set<String>> oneWord = new HashMap<>();
        Map<String, Boolean> measure = new HashMap<>();
        BufferedReader lines = new BufferedReader(in);
        String line;
        while ((line = lines.readLine()) != null) {
            Matcher m = LINE.matcher(line);
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            Set<String> single = new LinkedHashSet<>();
            boolean classifier = false;
            for (String gloss : m.group(3).split("/")) {
                classifier |= gloss.startsWith("classifier");
                if (!NO_TRANSLATION.matcher(gloss).find()) {
                    EnglishGlosses.words(gloss, words);
                    String one = EnglishGlosses.oneWord(gloss);
                    if (one != null) {
                        single.add(one);
                    }
                }
            }
            for (String headword : new String[] {m.group(2), m.group(1)}) {
                translations.computeIfAbsent(headword, k -> new LinkedHashSet<>()).addAll(words);
                oneWord.computeIfAbsent(headword, k -> new LinkedHashSet<>()).addAll(single);
                measure.merge(headword, classifier, Boolean::logicalOr);
            }
        }
        Map<String, BilingualDictionary.Entry> entries = new HashMap<>();
        translations.forEach((k, v) -> entries.put(k, new BilingualDictionary.Entry(v, oneWord.get(k), measure.get(k))));
        return new BilingualDictionary("zh", entries);
    }
}
