package dev.unspin.bilingual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a FreeDict dictionary in dictd format ({@code freedict-deu-eng.dict.dz}, gzip-compatible; Debian's
 * dict-freedict-* packages): each headword line ("Haus /haʊs/") is followed by a line of comma- or
 * semicolon-separated translations, perhaps indented or after a domain label; the lines after it (examples,
 * notes, cross-references, synonyms) are skipped.
 */
public final class FreeDictFile {
    /** A headword line: the headword, then its pronunciation between slashes. */
    private static final Pattern HEADWORD = Pattern.compile("^(\\S.*?) /[^/]*/.*$");
    /** Lines after a headword that are not its translations (cross-references, synonyms, notes, examples). */
    private static final Pattern SEPARATORS = Pattern.compile("[,;]");
    private static final Pattern REMARK = Pattern.compile("\\s*(?:see:|Synonyms?:|Note:|\")");

    private FreeDictFile() {
    }

    /**
     * Every headword line's headword with each of its translations (labels removed, stripped), in file order;
     * {@code dictDz} is read as gzip.
     */
    public static void read(Path dictDz, BiConsumer<String, String> headwordAndTranslation) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dictDz), 1 << 16)) {
            read(in, headwordAndTranslation);
        }
    }

    /** As above, from the uncompressed text. */
    public static void read(InputStream text, BiConsumer<String, String> headwordAndTranslation) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8));
        String headword = null;
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.indexOf(" /") > 0) {
                Matcher m = HEADWORD.matcher(line);
                if (m.matches()) {
                    headword = m.group(1);
                    continue;
                }
            }
            if (headword != null && !line.isBlank() && !REMARK.matcher(line).lookingAt()) {
                for (String t : SEPARATORS.split(EnglishGlosses.withoutBrackets(line))) {
                    if (!t.isBlank()) {
                        headwordAndTranslation.accept(headword, t.strip());
                    }
                }
            }
            headword = null;
        }
    }

    /** The dictionary of {@code language} into English that {@code dictDz} holds (single-word headwords). */
    public static BilingualDictionary dictionary(String language, Path dictDz) throws IOException {
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Set<String>> oneWord = new HashMap<>();
        read(dictDz, (headword, translation) -> {
            if (headword.indexOf(' ') < 0) {
                EnglishGlosses.words(translation, words.computeIfAbsent(headword, k -> new LinkedHashSet<>()));
                String one = EnglishGlosses.oneWord(translation);
                if (one != null) {
                    oneWord.computeIfAbsent(headword, k -> new LinkedHashSet<>()).add(one);
                }
            }
        });
        Map<String, BilingualDictionary.Entry> entries = new HashMap<>();
        words.forEach((k, v) -> entries.put(k, new BilingualDictionary.Entry(v, oneWord.getOrDefault(k, Set.of()), false)));
        return new BilingualDictionary(language, entries);
    }
}
