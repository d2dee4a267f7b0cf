package dev.unspin.dictionary;

import dev.unspin.engine.Category;
import dev.unspin.text.TextNormalizer;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code *.dict} format described in {@code rules/README.md}: blocks of
 * {@code key: value} lines separated by blank lines. Collects every problem, with file and line,
 * instead of stopping at the first.
 */
final class DictionaryParser {
    private static final Set<String> KEYS = Set.of("spun", "fix", "category", "confidence", "prev", "not-prev",
            "next", "not-next", "prev2", "next2", "source-language", "note", "flag", "pass");
    private static final Set<String> REQUIRED = Set.of("spun", "fix", "category", "confidence", "flag", "pass");
    private static final Pattern MARKER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");

    private final Inflector inflector;

    DictionaryParser(Inflector inflector) {
        this.inflector = inflector;
    }

    /** Parses one file's text; problems are appended to {@code problems}. */
    List<DictionaryEntry> parse(String fileName, String content, List<String> problems) {
        String stem = fileName.replaceFirst("\\.dict$", "");
        List<DictionaryEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> fields = new LinkedHashMap<>();
        int blockLine = 0;
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.isEmpty()) {
                if (!fields.isEmpty()) {
                    String location = fileName + ":" + blockLine;
                    DictionaryEntry entry = build(stem, location, fields, ids, problems);
                    if (entry != null) {
                        entries.add(entry);
                    }
                    fields.clear();
                }
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            if (!KEYS.contains(key)) {
                problems.add(fileName + ":" + (i + 1) + ": expected 'key: value' with a key among " + KEYS + ", got: " + trimmed);
                continue;
            }
            if (fields.isEmpty()) {
                blockLine = i + 1;
                if (!key.equals("spun")) {
                    problems.add(fileName + ":" + (i + 1) + ": an entry must start with 'spun:'");
                }
            }
            if (fields.put(key, line.substring(colon + 1).strip()) != null) {
                problems.add(fileName + ":" + (i + 1) + ": '" + key + "' given twice in one entry (missing blank line between entries?)");
            }
        }
        return entries;
    }

    private DictionaryEntry build(String stem, String location, Map<String, String> f, Set<String> ids, List<String> problems) {
        int before = problems.size();
        for (String key : REQUIRED) {
            if (f.getOrDefault(key, "").isEmpty()) {
                problems.add(location + ": entry '" + f.getOrDefault("spun", "?") + "' has no '" + key + "'");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            String spun = f.get("spun");
            List<PatternToken> pattern = pattern(spun);
            int spunMarkers = (int) pattern.stream().filter(PatternToken::isInflected).count();
            List<String> fixes = fixes(f.get("fix"), spunMarkers);
            Category category = Category.fromId(f.get("category"));
            if (category == Category.GRAMMAR) {
                throw new IllegalArgumentException("category 'grammar' is for LanguageTool rules, not dictionary entries");
            }
            double confidence = confidence(f.get("confidence"));
            ContextConditions conditions = new ContextConditions(condition(f, "prev"), condition(f, "not-prev"),
                    condition(f, "next"), condition(f, "not-next"), condition(f, "prev2"), condition(f, "next2"));
            Set<String> languages = languages(f.get("source-language"), category);
            String id = uniqueId(stem + "/" + slug(spun), ids);
            return new DictionaryEntry(id, location, spun, pattern, fixes, category, confidence, conditions, languages,
                    f.get("flag"), f.get("pass"));
        } catch (IllegalArgumentException e) {
            problems.add(location + ": entry '" + f.get("spun") + "': " + e.getMessage());
            return null;
        }
    }

    private List<PatternToken> pattern(String spun) {
        List<Token> tokens = Tokenizer.tokenize(TextNormalizer.normalize(spun).text());
        List<PatternToken> pattern = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals("{")) {
                if (i + 2 >= tokens.size() || !tokens.get(i + 2).text().equals("}") || !tokens.get(i + 1).isWord()) {
                    throw new IllegalArgumentException("a {marker} must hold exactly one word");
                }
                String lemma = tokens.get(i + 1).lower();
                pattern.add(PatternToken.inflected(lemma, inflector.formsOf(lemma)));
                i += 2;
            } else if (t.text().equals("}")) {
                throw new IllegalArgumentException("unbalanced '}'");
            } else {
                pattern.add(PatternToken.literal(t.lower()));
            }
        }
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        return pattern;
    }

    private static List<String> fixes(String value, int spunMarkers) {
        List<String> fixes = new ArrayList<>();
        for (String raw : value.split("\\|")) {
            String fix = raw.strip();
            if (fix.isEmpty()) {
                throw new IllegalArgumentException("empty suggestion in 'fix'");
            }
            Matcher m = MARKER.matcher(fix);
            int markers = 0;
            while (m.find()) {
                markers++;
                if (m.group(1).isBlank() || m.group(1).strip().contains(" ")) {
                    throw new IllegalArgumentException("a {marker} in 'fix' must hold exactly one word: " + fix);
                }
            }
            if (markers > spunMarkers) {
                throw new IllegalArgumentException("'" + fix + "' has more {markers} than the spun phrase");
            }
            fixes.add(fix);
        }
        return fixes;
    }

    private static double confidence(String value) {
        double confidence;
        try {
            confidence = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("confidence '" + value + "' is not a number");
        }
        if (confidence < 0.05 || confidence > 1.0) {
            throw new IllegalArgumentException("confidence " + value + " is outside 0.05..1.0");
        }
        return confidence;
    }

    private static TokenCondition condition(Map<String, String> f, String key) {
        String value = f.get(key);
        return value == null ? null : TokenCondition.parse(value);
    }

    private static Set<String> languages(String value, Category category) {
        if (value == null) {
            return Set.of();
        }
        if (category != Category.MACHINE_TRANSLATION) {
            throw new IllegalArgumentException("'source-language' is only for machine-translation entries");
        }
        Set<String> codes = new HashSet<>();
        for (String raw : value.split(",")) {
            String code = raw.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGE_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("'" + raw.strip() + "' is not an ISO 639-1 language code");
            }
            codes.add(code);
        }
        return Set.copyOf(codes);
    }

    private static String slug(String spun) {
        return spun.toLowerCase(Locale.ROOT).replaceAll("[{}]", "").replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    private static String uniqueId(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
