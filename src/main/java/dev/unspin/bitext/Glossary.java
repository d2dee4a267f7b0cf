package dev.unspin.bitext;

import dev.unspin.input.CsvReader;
import dev.unspin.input.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's glossary: a TBX file ({@link TbxGlossary}) or a CSV file with a header line naming the columns {@code source},
 * {@code target} and optionally {@code forbidden} (target terms not to use, separated by {@code |}).
 * A row with a source term requires its target term wherever the source term occurs, and forbids its
 * forbidden terms there; a row with no source term forbids its terms everywhere. Terms match whole
 * words, ignoring case, a target term also with a plural -s or -es; a source term in a script written
 * without spaces (Chinese, Japanese) matches anywhere in the source.
 */
public final class Glossary {
    public static final Glossary EMPTY = new Glossary(List.of());

    private final List<Term> terms;

    private Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /** One glossary row. */
    public record Term(String source, String target, List<String> forbidden, Pattern sourcePattern, Pattern targetPattern) {
        public boolean inSource(String text) {
            return sourcePattern.matcher(text).find();
        }

        public Optional<int[]> inTarget(String text) {
            return find(targetPattern, text);
        }
    }

    /** Where a term occurs in a text as a whole word (plural allowed), ignoring case. */
    public static Optional<int[]> find(String term, String text) {
        return find(wordPattern(term, true), text);
    }

    private static Optional<int[]> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(new int[]{m.start(), m.end()}) : Optional.empty();
    }

    private static Pattern wordPattern(String term, boolean plural) {
        boolean spaceless = term.codePoints().anyMatch(SourceChecks::foreignScript)
                && term.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
        if (spaceless) {
            return Pattern.compile(Pattern.quote(term));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + (plural ? "(?:s|es)?" : "") + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Reads a glossary file, CSV or TBX ({@code .tbx}); a problem is a one-line message naming the file (and line). */
    public static Glossary read(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tbx")) {
            return of(TbxGlossary.read(file));
        }
        try (InputStream in = Files.newInputStream(file); CsvReader csv = new CsvReader(in, CsvReader.MAX_RECORD_BYTES)) {
            CsvRecord header = csv.next();
            if (header == null || header.problem() != null) {
                throw new GlossaryException(file + ": " + (header == null ? "empty; expected a header line source,target[,forbidden]"
                        : header.problem()));
            }
            List<String> names = header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
            int source = names.indexOf("source");
            int target = names.indexOf("target");
            int forbidden = names.indexOf("forbidden");
            if (source < 0 || target < 0) {
                throw new GlossaryException(file + ":" + header.line() + ": the header must name the columns source and target"
                        + " (and optionally forbidden)");
            }
            List<Term> terms = new ArrayList<>();
            for (CsvRecord row = csv.next(); row != null; row = csv.next()) {
                if (row.problem() != null) {
                    throw new GlossaryException(file + ":" + row.line() + ": " + row.problem());
                }
                String s = field(row, source);
                String t = field(row, target);
                List<String> no = new ArrayList<>();
                for (String term : field(row, forbidden).split("\\|")) {
                    if (!term.isBlank()) {
                        no.add(term.strip());
                    }
                }
                if (s.isEmpty() && no.isEmpty() || t.isEmpty() && no.isEmpty()) {
                    throw new GlossaryException(file + ":" + row.line() + ": a row needs a source and a target term, or forbidden terms");
                }
                terms.add(term(s, t, no));
            }
            return new Glossary(terms);
        } catch (IOException e) {
            throw new GlossaryException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** A glossary of rows, each [source, target, forbidden...] (an empty source: forbidden everywhere). */
    static Glossary of(List<List<String>> rows) {
        return new Glossary(rows.stream().map(t -> term(t.get(0), t.get(1), t.subList(2, t.size()))).toList());
    }

    private static Term term(String source, String target, List<String> forbidden) {
        return new Term(source, target, forbidden, wordPattern(source, false), wordPattern(target, true));
    }

    private static String field(CsvRecord row, int column) {
        return column >= 0 && column < row.fields().size() ? row.fields().get(column).strip() : "";
    }

    /** A glossary that cannot be read, with its one-line message. */
    public static final class GlossaryException extends RuntimeException {
        public GlossaryException(String message) {
            super(message);
        }
    }
}
