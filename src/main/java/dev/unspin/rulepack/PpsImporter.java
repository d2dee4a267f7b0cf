package dev.unspin.rulepack;

import dev.unspin.dictionary.DictionaryEntry;
import dev.unspin.dictionary.DictionaryFormatException;
import dev.unspin.dictionary.ExampleChecker;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.dictionary.RuleIds;
import dev.unspin.engine.RuleFiles;
import dev.unspin.input.CsvReader;
import dev.unspin.input.CsvRecord;
import dev.unspin.text.TextNormalizer;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts an export of the Problematic Paper Screener's tortured-phrase list (CSV: tortured
 * phrase, expected phrase, number of papers; a header row) into an unspin dictionary file.
 *
 * <p>Every OR alternative of the tortured column becomes an entry of its own. Of an alternative's
 * required phrases the longest is the entry's phrase (the others are dropped with a warning unless
 * it contains them); an excluded phrase that is the phrase plus one word after (before) becomes a
 * {@code not-next} ({@code not-prev}) condition, any other is dropped with a warning, since the
 * format cannot express it. Confidence is {@value #HIGH_CONFIDENCE} for phrases found in
 * {@value #MANY_PAPERS} or more papers, {@value #LOW_CONFIDENCE} below. Each entry's flag and pass
 * examples are written from a neutral template ("We used the PHRASE in this study." with the
 * tortured and the expected phrase) and run; an entry whose examples fail with every template is
 * dropped and reported.
 */
public final class PpsImporter {
    public static final int MANY_PAPERS = 5;
    public static final double HIGH_CONFIDENCE = 0.9;
    public static final double LOW_CONFIDENCE = 0.8;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "that", "those", "its",
            "their", "our", "his", "her", "my", "your", "some", "any", "each", "every", "no");
    /** Example templates, tried in order until both examples behave; %s is the phrase. */
    private static final List<String> TEMPLATES = List.of(
            "We used the %s in this study.",
            "In this study, %s was examined.",
            "The results depend on %s and on the data.",
            "%s is discussed below.");

    /** A message about one line of the CSV: an error (the row or alternative was skipped) or a warning. */
    public record Message(int line, boolean error, String text) {
        @Override
        public String toString() {
            return line + ": " + (error ? "" : "warning: ") + text;
        }
    }

    /**
     * The outcome.
     *
     * @param dictionary the rule file's text (UTF-8); no entries when nothing could be converted
     * @param entries    entries written
     * @param rows       data rows read (the header not counted)
     * @param skipped    rows of which nothing was converted
     * @param dropped    entries dropped because their examples failed
     */
    public record Result(String dictionary, int entries, int rows, int skipped, int dropped, List<Message> messages) {
        public long warnings() {
            return messages.stream().filter(m -> !m.error()).count();
        }
    }

    /** A candidate entry before its examples are chosen. */
    private record Candidate(int line, String spun, List<String> fixes, double confidence, String notPrev,
                             String notNext, String note) {
        int conditions() {
            return (notPrev == null ? 0 : 1) + (notNext == null ? 0 : 1);
        }
    }

    /**
     * @param csv        the CSV's text
     * @param sourceName the CSV file's name, for the header comment
     * @param outputName the rule file's name ({@code NAME.dict}): its stem prefixes the rule ids written into it
     */
    public static Result convert(String csv, String sourceName, String outputName) {
        return convert(csv, sourceName, outputName, List.of());
    }

    /**
     * As {@link #convert(String, String, String)}, skipping (with a warning) phrases that already
     * are entries of {@code known} (say, unspin's packaged dictionary), so the two can be used
     * together without duplicates.
     */
    public static Result convert(String csv, String sourceName, String outputName, List<DictionaryEntry> known) {
        Map<String, String> knownIds = new HashMap<>();
        for (DictionaryEntry e : known) {
            knownIds.putIfAbsent(key(e.spun().replaceAll("[{}]", "")), e.id());
        }
        List<Message> messages = new ArrayList<>();
        List<CsvRecord> rows = new ArrayList<>();
        int unreadable = 0;
        for (CsvRecord record : records(csv)) {
            if (record.isProblem()) {
                messages.add(new Message(lineOf(record), true, "not valid CSV (" + record.problem() + "); row skipped"));
                unreadable++;
            } else {
                rows.add(record);
            }
        }
        int[] columns = {0, 1, 2};
        if (!rows.isEmpty()) {
            CsvRecord header = rows.get(0);
            if (header.fields().size() >= 3 && papers(header.fields().get(2)) != null) {
                messages.add(new Message(lineOf(header), false, "the first row looks like data, not a header; read as data"));
            } else {
                if (header.fields().size() < 3) {
                    String joined = String.join(",", header.fields());
                    messages.add(new Message(lineOf(header), true, "the header has " + header.fields().size()
                            + " column(s), expected tortured phrase, expected phrase, number of papers separated by commas"
                            + (joined.contains(";") || joined.contains("\t") ? " (this file seems to use ';' or tabs)" : "")));
                }
                columns = columns(header.fields());
                rows.remove(0);
            }
        }
        int skipped = unreadable;
        Map<String, Candidate> byPhrase = new LinkedHashMap<>();
        for (CsvRecord row : rows) {
            List<Candidate> candidates = candidates(row, columns, messages);
            if (candidates.isEmpty()) {
                skipped++;
                continue;
            }
            Map<String, Candidate> own = new LinkedHashMap<>();
            for (Candidate c : candidates) {
                String key = key(c.spun());
                Candidate earlier = own.get(key);
                // Two alternatives of one row with the same phrase: the broader one stands for both.
                if (earlier == null || c.conditions() < earlier.conditions()) {
                    own.put(key, c);
                }
            }
            for (Map.Entry<String, Candidate> e : own.entrySet()) {
                Candidate earlier = byPhrase.get(e.getKey());
                if (earlier != null) {
                    messages.add(new Message(lineOf(row), false, "'" + e.getValue().spun() + "' was already imported from line "
                            + earlier.line() + "; skipped here"));
                } else if (knownIds.containsKey(e.getKey())) {
                    messages.add(new Message(lineOf(row), false, "'" + e.getValue().spun() + "' is already in the dictionary as "
                            + knownIds.get(e.getKey()) + "; skipped"));
                } else {
                    byPhrase.put(e.getKey(), e.getValue());
                }
            }
        }
        StringBuilder body = new StringBuilder();
        int entries = 0;
        int dropped = 0;
        Set<String> ids = new HashSet<>();
        String stem = outputName.replaceFirst("\\.dict$", "");
        for (Candidate c : byPhrase.values()) {
            String id = RuleIds.derived(stem, c.spun(), new HashSet<>(ids));
            String block = withExamples(c, id, outputName, messages);
            if (block == null) {
                dropped++;
            } else {
                ids.add(id);
                body.append('\n').append(block);
                entries++;
            }
        }
        messages.sort((a, b) -> Integer.compare(a.line(), b.line()));
        String header = "# Tortured phrases imported by `unspin rules import-pps` from " + sourceName + ",\n"
                + "# an export of the Problematic Paper Screener's tortured-phrase list: " + entries + " entries.\n"
                + "# Confidence " + HIGH_CONFIDENCE + " for phrases found in " + MANY_PAPERS + " or more papers, "
                + LOW_CONFIDENCE + " below. The flag and pass\n"
                + "# examples are written from a neutral template with the tortured and the expected phrase; they are\n"
                + "# not quotations. Review the entries before relying on them: `unspin rules test` runs them.\n";
        return new Result(header + body, entries, rows.size() + unreadable, skipped, dropped, List.copyOf(messages));
    }

    /** Every record of the CSV, problems included. */
    private static List<CsvRecord> records(String csv) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), CsvReader.MAX_RECORD_BYTES)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading CSV text held in memory", e);
        }
        return records;
    }

    /** A record's line, as messages number them (the CSV is a string, so its lines are fewer than 2^31). */
    private static int lineOf(CsvRecord record) {
        return Math.toIntExact(record.line());
    }

    /** Column positions (tortured, expected, papers) from the header's names, else the first three. */
    private static int[] columns(List<String> header) {
        int[] columns = {-1, -1, -1};
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT);
            if (columns[0] < 0 && name.contains("tortured")) {
                columns[0] = i;
            } else if (columns[1] < 0 && (name.contains("expected") || name.contains("correct"))) {
                columns[1] = i;
            } else if (columns[2] < 0 && (name.contains("paper") || name.contains("number") || name.contains("count") || name.contains("#"))) {
                columns[2] = i;
            }
        }
        return columns[0] < 0 || columns[1] < 0 || columns[2] < 0 ? new int[]{0, 1, 2} : columns;
    }

    private static List<Candidate> candidates(CsvRecord row, int[] columns, List<Message> messages) {
        int line = lineOf(row);
        List<String> f = row.fields();
        int needed = Math.max(columns[0], Math.max(columns[1], columns[2])) + 1;
        if (f.size() < needed) {
            messages.add(new Message(line, true, "expected " + needed + " columns (tortured phrase, expected phrase, number of papers), got "
                    + f.size() + "; row skipped"));
            return List.of();
        }
        String query = oneLine(f.get(columns[0]));
        String expected = oneLine(f.get(columns[1]));
        Integer papers = papers(f.get(columns[2]));
        if (query.isEmpty()) {
            messages.add(new Message(line, true, "no tortured phrase; row skipped"));
            return List.of();
        }
        if (papers == null) {
            messages.add(new Message(line, true, "number of papers '" + oneLine(f.get(columns[2])) + "' is not a whole number; row skipped"));
            return List.of();
        }
        List<String> fixes = fixes(expected);
        if (fixes.isEmpty()) {
            messages.add(new Message(line, true, "no expected phrase for '" + query + "'; row skipped"));
            return List.of();
        }
        if (query.contains("{") || query.contains("}") || expected.contains("{") || expected.contains("}")) {
            messages.add(new Message(line, true, "braces { } mark inflections in unspin's format and cannot be imported; row skipped"));
            return List.of();
        }
        List<PpsQuery.Alternative> alternatives;
        try {
            alternatives = PpsQuery.alternatives(query);
        } catch (IllegalArgumentException e) {
            messages.add(new Message(line, true, "cannot read the tortured phrase query '" + query + "': " + e.getMessage() + "; row skipped"));
            return List.of();
        }
        double confidence = papers >= MANY_PAPERS ? HIGH_CONFIDENCE : LOW_CONFIDENCE;
        String note = "Problematic Paper Screener, line " + line + ": " + query + " (" + papers + " paper" + (papers == 1 ? "" : "s") + ")";
        List<Candidate> candidates = new ArrayList<>();
        for (PpsQuery.Alternative alternative : alternatives) {
            Candidate c = candidate(line, alternative, fixes, confidence, note, messages);
            if (c != null) {
                candidates.add(c);
            }
        }
        return candidates;
    }

    private static Candidate candidate(int line, PpsQuery.Alternative alternative, List<String> fixes, double confidence,
                                       String note, List<Message> messages) {
        if (alternative.required().isEmpty()) {
            messages.add(new Message(line, true, "an alternative with only NOT terms (" + String.join(", ", alternative.excluded())
                    + ") names no phrase to look for; skipped"));
            return null;
        }
        String spun = alternative.required().get(0);
        for (String p : alternative.required()) {
            if (tokens(p).size() > tokens(spun).size()) {
                spun = p;
            }
        }
        List<String> phrase = tokens(spun);
        for (String p : alternative.required()) {
            if (!p.equals(spun) && indexOf(phrase, tokens(p)) < 0) {
                messages.add(new Message(line, false, "AND term '" + p + "' is not part of '" + spun
                        + "' and a dictionary entry cannot require it elsewhere in the text; dropped"));
            }
        }
        List<String> notPrev = new ArrayList<>();
        List<String> notNext = new ArrayList<>();
        for (String p : alternative.excluded()) {
            List<String> excluded = tokens(p);
            if (indexOf(phrase, excluded) >= 0) {
                messages.add(new Message(line, true, "'" + spun + "' AND NOT '" + p + "' can never match; alternative skipped"));
                return null;
            }
            if (excluded.size() == phrase.size() + 1 && excluded.subList(0, phrase.size()).equals(phrase)) {
                notNext.add(excluded.get(excluded.size() - 1));
            } else if (excluded.size() == phrase.size() + 1 && excluded.subList(1, excluded.size()).equals(phrase)) {
                notPrev.add(excluded.get(0));
            } else {
                messages.add(new Message(line, false, "NOT term '" + p + "' is not '" + spun
                        + "' with one word before or after, so it cannot become a not-prev/not-next condition; dropped"));
            }
        }
        return new Candidate(line, spun, fixes, confidence, notPrev.isEmpty() ? null : String.join(" | ", notPrev),
                notNext.isEmpty() ? null : String.join(" | ", notNext), note);
    }

    /** The entry's block with the first template whose examples behave, or null (reported) when none does. */
    private static String withExamples(Candidate c, String id, String outputName, List<Message> messages) {
        List<String> firstProblems = null;
        for (String template : TEMPLATES) {
            String block = block(c, id, example(template, c.spun()), example(template, c.fixes().get(0)));
            PhraseDictionary dictionary;
            try {
                dictionary = PhraseDictionary.fromFiles(List.of(new RuleFiles.RuleFile(outputName, block)));
            } catch (DictionaryFormatException e) {
                messages.add(new Message(c.line(), true, "'" + c.spun() + "' cannot be written as an entry: "
                        + problemText(e.problems().get(0)) + "; dropped"));
                return null;
            }
            DictionaryEntry entry = dictionary.entries().get(0);
            List<String> problems = new ExampleChecker(dictionary).check(entry);
            if (problems.isEmpty()) {
                return block;
            }
            if (firstProblems == null) {
                firstProblems = problems;
            }
        }
        messages.add(new Message(c.line(), true, "'" + c.spun() + "' dropped: its generated examples fail ("
                + problemText(firstProblems.get(0)) + ")"));
        return null;
    }

    private static String problemText(String problem) {
        // "name.dict:3: 'phrase': does not flag ..." -> "does not flag ..."
        int quote = problem.indexOf("': ");
        return quote < 0 ? problem : problem.substring(quote + 3);
    }

    private static String block(Candidate c, String id, String flag, String pass) {
        StringBuilder b = new StringBuilder();
        b.append("id: ").append(id).append('\n');
        b.append("spun: ").append(c.spun()).append('\n');
        b.append("fix: ").append(String.join(" | ", c.fixes())).append('\n');
        b.append("category: tortured-phrase\n");
        b.append("confidence: ").append(c.confidence()).append('\n');
        if (c.notPrev() != null) {
            b.append("not-prev: ").append(c.notPrev()).append('\n');
        }
        if (c.notNext() != null) {
            b.append("not-next: ").append(c.notNext()).append('\n');
        }
        b.append("note: ").append(c.note()).append('\n');
        b.append("flag: ").append(flag).append('\n');
        b.append("pass: ").append(pass).append('\n');
        return b.toString();
    }

    private static String example(String template, String phrase) {
        String sentence;
        List<String> words = tokens(phrase);
        if (template.startsWith("We used the ") && !words.isEmpty() && DETERMINERS.contains(words.get(0))) {
            sentence = String.format(template.replace("the %s", "%s"), phrase);
        } else {
            sentence = String.format(template, phrase);
        }
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static List<String> fixes(String expected) {
        List<String> fixes = new ArrayList<>();
        for (String part : expected.split("\\s+OR\\s+|\\|")) {
            String fix = part.strip();
            if (fix.length() >= 2 && fix.startsWith("\"") && fix.endsWith("\"")) {
                fix = fix.substring(1, fix.length() - 1).strip();
            }
            if (!fix.isEmpty() && !fixes.contains(fix)) {
                fixes.add(fix);
            }
        }
        return fixes;
    }

    private static Integer papers(String value) {
        String digits = value.strip().replaceAll("[,_\\s]", "");
        if (!digits.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    private static String oneLine(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }

    private static List<String> tokens(String phrase) {
        return Tokenizer.tokenize(TextNormalizer.normalize(phrase).text()).stream().map(Token::lower).toList();
    }

    private static String key(String phrase) {
        return String.join(" ", tokens(phrase));
    }

    private static int indexOf(List<String> haystack, List<String> needle) {
        for (int i = 0; i + needle.size() <= haystack.size(); i++) {
            if (haystack.subList(i, i + needle.size()).equals(needle)) {
                return i;
            }
        }
        return -1;
    }
}
