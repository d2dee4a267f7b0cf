package dev.unspin.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.ReportFilter;
import dev.unspin.report.OutputTarget;
import dev.unspin.text.LineIndex;
import dev.unspin.text.NormalizedText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings a repository has accepted for now, so that later runs report only new ones. A
 * finding is known by its content, not its line: the document's path (relative to the baseline
 * file's directory, '/' separators), the rule, the phrase as written (whitespace collapsed) and
 * up to {@value #CONTEXT_WORDS} words of prose before and after it on its own line(s), lower-cased
 * (markup, code and URLs are not words here). Each key
 * has a count, so a phrase that occurs twice in the same words is baselined twice; a third occurrence
 * is new. Lines inserted above a finding, or text changed elsewhere, leave its key unchanged.
 *
 * <p>The file is JSON, one finding key per line, sorted, so that it diffs well:
 * <pre>
 * {"unspinBaseline": 1, "findings": [
 *   {"path": "docs/a.md", "rule": "spinner-a-h/local-weather-exchange", "text": "local weather exchange", "before": "officials discussed", "after": "today", "count": 1}
 * ]}
 * </pre>
 */
public final class Baseline implements ReportFilter {
    /** The name reports give the findings a baseline hid. */
    public static final String FILTER = "baseline";
    public static final String DEFAULT_FILE = ".unspin-baseline.json";
    public static final int FORMAT = 1;
    static final int CONTEXT_WORDS = 3;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*");

    private final Path directory;
    private final Map<Key, Integer> counts;

    private Baseline(Path directory, Map<Key, Integer> counts) {
        this.directory = directory;
        this.counts = counts;
    }

    /** The baseline of these results, to be written to {@code file}. */
    public static Baseline of(List<DocumentResult> results, Path file) {
        Path directory = directoryOf(file);
        Map<Key, Integer> counts = new TreeMap<>();
        for (DocumentResult result : results) {
            for (Finding f : result.findings()) {
                counts.merge(key(result, f, directory), 1, Integer::sum);
            }
        }
        return new Baseline(directory, counts);
    }

    /** Reads a baseline file; an unreadable or invalid one is an {@link InvalidBaselineException} naming it. */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InvalidBaselineException(file + ": no such baseline file (write one with `unspin baseline`)");
        } catch (JsonProcessingException e) {
            throw new InvalidBaselineException(file + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidBaselineException(file + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("unspinBaseline").isInt()) {
            throw new InvalidBaselineException(file + ": not an unspin baseline (no \"unspinBaseline\" format number)");
        }
        if (root.get("unspinBaseline").asInt() != FORMAT) {
            throw new InvalidBaselineException(file + ": baseline format " + root.get("unspinBaseline").asInt()
                    + " is not supported (this unspin reads format " + FORMAT + ")");
        }
        JsonNode findings = root.path("findings");
        if (!findings.isArray()) {
            throw new InvalidBaselineException(file + ": \"findings\" must be an array");
        }
        Map<Key, Integer> counts = new TreeMap<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode entry = findings.get(i);
            String[] fields = new String[5];
            String[] names = {"path", "rule", "text", "before", "after"};
            for (int k = 0; k < names.length; k++) {
                JsonNode value = entry.path(names[k]);
                if (!value.isTextual()) {
                    throw new InvalidBaselineException(file + ": findings[" + i + "]." + names[k] + " must be a string");
                }
                fields[k] = value.asText();
            }
            JsonNode count = entry.path("count");
            if (!count.isInt() || count.asInt() < 1) {
                throw new InvalidBaselineException(file + ": findings[" + i + "].count must be a positive integer");
            }
            counts.merge(new Key(fields[0], fields[1], fields[2], fields[3], fields[4]), count.asInt(), Integer::sum);
        }
        return new Baseline(directoryOf(file), counts);
    }

    /**
     * Writes the baseline: sorted, one finding key per line, ending with a newline; its folder is
     * created if missing. Written as a whole or not at all ({@link OutputTarget}).
     */
    public void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder("{\"unspinBaseline\": ").append(FORMAT).append(", \"findings\": [");
        String separator = "\n";
        for (Map.Entry<Key, Integer> e : counts.entrySet()) {
            Key k = e.getKey();
            out.append(separator).append("  {\"path\": ").append(json(k.path())).append(", \"rule\": ").append(json(k.rule()))
                    .append(", \"text\": ").append(json(k.text())).append(", \"before\": ").append(json(k.before()))
                    .append(", \"after\": ").append(json(k.after())).append(", \"count\": ").append(e.getValue()).append('}');
            separator = ",\n";
        }
        out.append(counts.isEmpty() ? "]}\n" : "\n]}\n");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new IOException(OutputTarget.problem(file, e), e);
            }
        }
        OutputTarget.write(file, writer -> writer.print(out));
    }

    private static String json(String value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value);
    }

    /** How many findings the baseline accepts (the sum of its counts). */
    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String name() {
        return FILTER;
    }

    /**
     * The result's new findings, in their order: of the findings that share a key, the first
     * {@code count} in document order are in the baseline, the rest are new.
     */
    @Override
    public List<Finding> shown(DocumentResult result) {
        Map<Key, Integer> left = new HashMap<>();
        List<Finding> fresh = new ArrayList<>();
        List<Finding> inOrder = new ArrayList<>(result.findings());
        inOrder.sort(Comparator.comparingInt(Finding::start));
        for (Finding f : inOrder) {
            Key key = key(result, f, directory);
            int remaining = left.computeIfAbsent(key, k -> counts.getOrDefault(k, 0));
            if (remaining > 0) {
                left.put(key, remaining - 1);
            } else {
                fresh.add(f);
            }
        }
        if (fresh.size() == result.findings().size()) {
            return result.findings();
        }
        Set<Finding> isNew = Collections.newSetFromMap(new IdentityHashMap<>());
        isNew.addAll(fresh);
        return result.findings().stream().filter(isNew::contains).toList();
    }

    static Key key(DocumentResult result, Finding f, Path directory) {
        String text = result.document().original();
        LineIndex lines = result.document().lineIndex();
        int lineStart = lines.lineStart(lines.line(f.start()));
        int lineEnd = Math.max(f.end(), lines.lineEnd(lines.line(f.end())));
        NormalizedText view = result.document().normalized();
        List<String> before = words(view.text().substring(viewIndex(view, lineStart), viewIndex(view, f.start())));
        List<String> after = words(view.text().substring(viewIndex(view, f.end()), viewIndex(view, lineEnd)));
        return new Key(path(result.document().path(), directory), f.rule(),
                text.substring(f.start(), f.end()).strip().replaceAll("\\s+", " "),
                String.join(" ", before.subList(Math.max(0, before.size() - CONTEXT_WORDS), before.size())),
                String.join(" ", after.subList(0, Math.min(CONTEXT_WORDS, after.size()))));
    }

    /** The first index of the matching view at or after an original offset (markup there is blanked out). */
    private static int viewIndex(NormalizedText view, int offset) {
        int lo = 0;
        int hi = view.text().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (view.originalStart(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group().replace('\u2019', '\'').toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A document's path relative to the baseline's directory, with '/' separators ("-" stays "-"). */
    static String path(String display, Path directory) {
        if (display.equals("-")) {
            return "-";
        }
        Path absolute = Path.of(display).toAbsolutePath().normalize();
        return directory.relativize(absolute).toString().replace('\\', '/');
    }

    private static Path directoryOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    /** What identifies a finding in a baseline; ordered by path, rule, text, before, after. */
    record Key(String path, String rule, String text, String before, String after) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::path).thenComparing(Key::rule)
                .thenComparing(Key::text).thenComparing(Key::before).thenComparing(Key::after);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** A baseline file that cannot be used; the message names the file and the problem. */
    public static final class InvalidBaselineException extends RuntimeException {
        public InvalidBaselineException(String message) {
            super(message);
        }
    }
}
