package dev.unspin.dictionary;

import dev.unspin.engine.Category;
import dev.unspin.text.TextNormalizer;
import dev.unspin.text.Token;
import dev.unspin.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one entry's block of fields into a {@link DictionaryEntry}, or reports why it cannot. */
final class EntryBuilder {
    private static final Set<String> REQUIRED = Set.of("spun", "fix", "category", "confidence", "flag", "pass");
    private static final Pattern MARKER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");

    private final Inflector inflector;

    EntryBuilder(Inflector inflector) {
        this.inflector = inflector;
    }

    /**
     * The entry, or null with its problems appended.
     *
     * @param suggestedId the id to suggest when the entry has none (the one unspin used to derive), or null
     */
    DictionaryEntry build(DictionaryBlock block, NamedLists lists, String suggestedId, List<String> problems) {
        int before = problems.size();
        String spun = block.value("spun");
        for (String key : REQUIRED) {
            String value = block.value(key);
            if (value == null || value.isEmpty()) {
                problems.add(block.location() + ": entry '" + (spun == null ? "?" : spun) + "' has no '" + key + "'");
            }
        }
        String id = block.value("id");
        if (id == null || id.isEmpty()) {
            problems.add(block.location() + ": entry '" + (spun == null ? "?" : spun) + "' has no 'id'"
                    + (suggestedId == null ? "" : "; add the line 'id: " + suggestedId + "' (the id earlier versions of"
                    + " unspin derived for it, which configurations, suppressions and baselines may name)"));
        } else if (RuleIds.problem(id) != null) {
            problems.add(block.locationOf("id") + ": " + RuleIds.problem(id));
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            List<PatternToken> pattern = pattern(spun);
            int spunMarkers = (int) pattern.stream().filter(PatternToken::isInflected).count();
            List<String> fixes = fixes(block.value("fix"), spunMarkers);
            Category category = Category.fromId(block.value("category"));
            if (category == Category.GRAMMAR) {
                throw new IllegalArgumentException("category 'grammar' is for LanguageTool rules, not dictionary entries");
            }
            double confidence = confidence(block.value("confidence"));
            ContextConditions conditions = conditions(block, lists);
            Set<String> languages = languages(block.value("source-language"), category);
            return new DictionaryEntry(id, block.location(), spun, pattern, fixes, category, confidence,
                    conditions, languages, block.value("flag"), block.value("pass"));
        } catch (ConditionException e) {
            problems.add(block.locationOf(e.key) + ": entry '" + spun + "': '" + e.key + "': " + e.getMessage());
            return null;
        } catch (IllegalArgumentException e) {
            problems.add(block.location() + ": entry '" + spun + "': " + e.getMessage());
            return null;
        }
    }

    /** The prev/next conditions, named lists expanded; a problem is reported at its condition's line. */
    private static ContextConditions conditions(DictionaryBlock block, NamedLists lists) {
        TokenCondition[] conditions = new TokenCondition[ContextConditions.KEYS.size()];
        for (int i = 0; i < conditions.length; i++) {
            String key = ContextConditions.KEYS.get(i);
            String value = block.value(key);
            try {
                conditions[i] = value == null ? null : TokenCondition.parse(lists.expand(value));
            } catch (IllegalArgumentException e) {
                throw new ConditionException(key, e.getMessage());
            }
        }
        return ContextConditions.of(conditions);
    }

    /** A condition that cannot be read, and which one. */
    private static final class ConditionException extends IllegalArgumentException {
        private final String key;

        ConditionException(String key, String message) {
            super(message);
            this.key = key;
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
}
