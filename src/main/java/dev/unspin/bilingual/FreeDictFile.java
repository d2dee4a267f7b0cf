package dev.unspin.bilingual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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
    /** The frequency tags Japanese-English puts before a common word's headword line: " [news1]  [ichi1]  [spec1]  ". */
    private static final Pattern PRIORITY_TAGS = Pattern.compile("\\s*(?:\\[(?:news|ichi|spec|gai|nf)\\d+]\\s*)+");
    /** The number of a numbered sense ("2. Arab", "2. (counter)"): the entry's senses go on. */
    private static final Pattern SENSE_NUMBER = Pattern.compile("\\d+\\.\\s+");
    /** A line that is only a part-of-speech label: "(counter)", " (noun (common) (futsuumeishi))", "2. (suffix)". */
    private static final Pattern PART_OF_SPEECH = Pattern.compile("\\s*(?:\\d+\\.\\s*)?\\(.*\\)\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[,;]");
    private static final Pattern REMARK = Pattern.compile("\\s*(?:see:|Synonyms?:|Note:|\")");

    private FreeDictFile() {
    }

    /** One translation of a headword, with the part-of-speech label before it ("" when none: Japanese-English has them). */
    public record Sense(String headword, String translation, String label) {
    }

    /**
     * Every headword line's headword with each of its translations (labels removed, stripped), in file order;
     * {@code dictDz} is read as gzip.
     */
    public static void read(Path dictDz, BiConsumer<String, String> headwordAndTranslation) throws IOException {
        read(dictDz, sense -> headwordAndTranslation.accept(sense.headword(), sense.translation()));
    }

    /** As above, each translation with the part-of-speech label of its sense. */
    public static void read(Path dictDz, Consumer<Sense> senses) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dictDz), 1 << 16)) {
            read(in, senses);
        }
    }

    /**
     * As above, from the uncompressed text. A line that is only a part-of-speech label in parentheses
     * ("(counter)", "(noun (common))": Japanese-English puts one between a headword and its translations) is
     * the label of the translation line after it; numbered senses ("1. Asian woman", "2. Asian"; "2. (counter)")
     * after an entry's first translation are its translations too.
     */
    public static void read(InputStream text, Consumer<Sense> senses) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8));
        String headword = null;
        String lastHeadword = null;
        String label = "";
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith(" [")) {
                Matcher tags = PRIORITY_TAGS.matcher(line);
                line = tags.lookingAt() ? line.substring(tags.end()) : line;
            }
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.indexOf(" /") > 0) {
                Matcher m = HEADWORD.matcher(line);
                if (m.matches()) {
                    headword = m.group(1);
                    lastHeadword = null;
                    label = "";
                    continue;
                }
            }
            Matcher numbered = SENSE_NUMBER.matcher(line);
            if (numbered.lookingAt()) {
                headword = headword != null ? headword : lastHeadword; // "2. ..." goes on with the entry's senses
                label = "";
                line = line.substring(numbered.end());
            }
            if (headword != null && line.indexOf('(') >= 0 && PART_OF_SPEECH.matcher(line).matches()) {
                label = label + line.strip();
                continue;
            }
            if (headword != null && !line.isBlank() && !REMARK.matcher(line).lookingAt()) {
                for (String t : SEPARATORS.split(EnglishGlosses.withoutBrackets(line))) {
                    if (!t.isBlank()) {
                        senses.accept(new Sense(headword, t.strip(), label));
                    }
                }
            }
            lastHeadword = headword != null ? headword : lastHeadword;
            if (line.isBlank()) {
                lastHeadword = null;
            }
            headword = null;
        }
    }

    /**
     * The dictionary of {@code language} into English that {@code dictDz} holds (single-word headwords; a
     * Japanese headword labelled a counter, such as 個 or 本, is a measure word).
     */
    public static BilingualDictionary dictionary(String language, Path dictDz) throws IOException {
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Set<String>> oneWord = new HashMap<>();
        Set<String> counters = new HashSet<>();
        read(dictDz, sense -> {
            String headword = sense.headword();
            if (headword.indexOf(' ') < 0) {
                EnglishGlosses.words(sense.translation(), words.computeIfAbsent(headword, k -> new LinkedHashSet<>()));
                String one = EnglishGlosses.oneWord(sense.translation());
                if (one != null) {
                    oneWord.computeIfAbsent(headword, k -> new LinkedHashSet<>()).add(one);
                }
                if (sense.label().contains("counter")) {
                    counters.add(headword);
                }
            }
        });
        Map<String, BilingualDictionary.Entry> entries = new HashMap<>();
        words.forEach((k, v) -> entries.put(k, new BilingualDictionary.Entry(v, oneWord.getOrDefault(k, Set.of()), counters.contains(k))));
        return new BilingualDictionary(language, entries);
    }
}
