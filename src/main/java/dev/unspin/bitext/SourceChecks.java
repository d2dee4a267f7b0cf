package dev.unspin.bitext;

import dev.unspin.bilingual.BilingualDictionaries;
import dev.unspin.bilingual.BilingualDictionary;
import dev.unspin.engine.Category;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleSelection;
import dev.unspin.engine.Severity;
import dev.unspin.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the {@link SourceRule}s on a bilingual file's segments: the findings are in file offsets, on
 * the target text (a finding about the whole segment spans its target, or where the target should be).
 * Thread-safe: holds nothing of a file.
 */
public final class SourceChecks {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "%(?:\\d+\\$)?[-+0#]*(?:\\d+|\\*)?(?:\\.\\d+)?(?:hh|h|ll|l|L|z|j|t)?[sdifuxXoeEgGcp@]"
                    + "|%\\([A-Za-z_][A-Za-z0-9_]*\\)[sdifr]|\\{\\{\\s*[A-Za-z0-9_.]+\\s*}}|\\{[A-Za-z0-9_.]*}|\\$\\{[A-Za-z0-9_.]+}");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"'，。）]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{2,}");
    /** A lower-case Latin word of four letters or more with no character of code, paths or markup beside it. */
    private static final Pattern LOWER_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}_./\\\\=:@#$%{}<>`~-])[\\p{IsLatin}&&\\p{Ll}][[\\p{IsLatin}&&\\p{Ll}]\\p{M}]{3,}(?![\\p{L}\\p{N}_/\\\\=@#$%{}<>`~-]|\\.\\p{L}|:/)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?)]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int SHARED_MIN_WORDS = 5;
    private static final Pattern POSITION = Pattern.compile("^%\\d+\\$");
    /** A text ending in a short abbreviation ({@code Nr.}, {@code etc.}, {@code num.)}): its full stop ends no sentence. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?<!\\p{L})\\p{L}{1,3}\\.[\"')\\]»”]*$");
    private static final Pattern END_MARKS = Pattern.compile("[.!?。]+$");
    private static final String FULL_WIDTH = "，。！？：；（）「」『』、";
    private static final String[] HALF_WIDTH = {",", ".", "!", "?", ":", ";", "(", ")", "\"", "\"", "\"", "\"", ","};
    private static final String CLOSERS = "\"'”’」』)）]】》>";

    private final Glossary glossary;
    private final LengthRatios ratios;
    private final BilingualDictionaries dictionaries;

    public SourceChecks(Glossary glossary, LengthRatios ratios, BilingualDictionaries dictionaries) {
        this.glossary = glossary;
        this.ratios = ratios;
        this.dictionaries = dictionaries;
    }

    /** The findings of the enabled rules on every segment, the file read in {@code sourceLanguage} ("" when unknown). */
    public List<Finding> check(Bitext bitext, String sourceLanguage, RuleSelection rules) {
        Run run = new Run(sourceLanguage, rules);
        boolean anyTranslated = bitext.segments().stream().anyMatch(s -> !s.target().isEmpty());
        Map<String, Segment> firstBySource = new HashMap<>();
        Map<String, Segment> firstByTarget = new HashMap<>();
        for (Segment s : bitext.segments()) {
            if (s.target().isEmpty()) {
                if (anyTranslated && !s.source().isBlank()) {
                    run.add(SourceRule.UNTRANSLATED, s, s.anchorStart(), s.anchorEnd(),
                            "segment " + s.id() + " has no translation", null);
                }
                continue;
            }
            boolean untranslated = untranslated(run, s);
            if (!untranslated) {
                sourceScript(run, s);
                sourceWords(run, s);
            }
            fullWidth(run, s);
            numbers(run, s);
            numberWords(run, s);
            falseFriends(run, s);
            if (mayHold(s, "%", "{", "$")) {
                tokens(run, s, SourceRule.PLACEHOLDER_MISMATCH, PLACEHOLDER, "placeholder");
            }
            codes(run, s);
            if (mayHold(s, "http", "www.")) {
                tokens(run, s, SourceRule.URL_MISMATCH, URL, "URL");
            }
            if (mayHold(s, "@")) {
                tokens(run, s, SourceRule.EMAIL_MISMATCH, EMAIL, "e-mail address");
            }
            if (bitext.whitespaceSignificant()) {
                whitespace(run, s);
            }
            endPunctuation(run, s);
            lengthRatio(run, s);
            glossary(run, s);
            consistency(run, s, firstBySource);
            sharedTranslation(run, s, firstByTarget);
        }
        return run.findings;
    }

    /** The findings of one file being checked. */
    private static final class Run {
        final String language;
        final RuleSelection rules;
        final List<Finding> findings = new ArrayList<>();

        Run(String language, RuleSelection rules) {
            this.language = language;
            this.rules = rules;
        }

        boolean on(SourceRule rule) {
            return rules.enabled(rule.id(), Category.MACHINE_TRANSLATION);
        }

        void add(SourceRule rule, Segment s, int start, int end, String message, String suggestion) {
            if (on(rule) && end > start) {
                findings.add(new Finding(rule.id(), Category.MACHINE_TRANSLATION, Severity.forConfidence(rule.confidence()),
                        rule.confidence(), start, end, suggestion == null ? List.of() : List.of(suggestion),
                        "segment " + (s.id().contains(" ") ? "\"" + s.id() + "\"" : s.id()) + ": " + message, DetectorKind.SOURCE));
            }
        }

        /** A finding on the target's characters {@code [from, to)}. */
        void addOnTarget(SourceRule rule, Segment s, int from, int to, String message, String suggestion) {
            add(rule, s, s.target().fileStart(from), s.target().fileEnd(to), message, suggestion);
        }
    }

    /**
     * A target that repeats its source: reported when the source is in another script, or when its
     * Latin words (two or more) are mostly not English and not all capitalised. A repeated name ("Syloti
     * Nagri", "David MacKenzie") or text that is English already ("(core dumped)", a command's usage) is
     * what software files keep on purpose.
     */
    private static boolean untranslated(Run run, Segment s) {
        String source = s.source().strip();
        String target = s.targetText().strip();
        if (!source.equals(target) || source.isEmpty()) {
            return false;
        }
        boolean otherScript = source.codePoints().anyMatch(SourceChecks::foreignScript);
        if (!otherScript && !foreignLatinText(source)) {
            return false;
        }
        run.add(SourceRule.UNTRANSLATED, s, s.anchorStart(), s.anchorEnd(), "the target is the source text, untranslated", null);
        return true;
    }

    /** Two or more Latin words, not all capitalised, fewer than half of them English. */
    private static boolean foreignLatinText(String text) {
        Matcher words = LATIN_WORD.matcher(text);
        int count = 0;
        int english = 0;
        boolean lowerCase = false;
        while (words.find()) {
            count++;
            lowerCase |= Character.isLowerCase(words.group().charAt(0));
            english += Lexicon.english().analyse(words.group()).isEmpty() ? 0 : 1;
        }
        return count >= 2 && lowerCase && english * 2 < count;
    }

    /** Letters of a script English is not written in. */
    static boolean foreignScript(int codePoint) {
        if (!Character.isLetter(codePoint)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.INHERITED;
    }

    /** {@link SourceRule#NUMBER_WORD}: needs the source language's bilingual dictionary; skipped without one. */
    private void numberWords(Run run, Segment s) {
        if (!run.on(SourceRule.NUMBER_WORD) || run.language.isEmpty() || Numbers.in(s.source(), run.language).isEmpty()) {
            return; // the dictionary is read only for a file with a number to compare
        }
        Optional<BilingualDictionary> dictionary = dictionaries.forLanguage(run.language);
        if (dictionary.isEmpty()) {
            return;
        }
        for (NumberWords.Miss m : NumberWords.check(s.source(), s.targetText(), run.language, dictionary.get())) {
            run.addOnTarget(SourceRule.NUMBER_WORD, s, m.start(), m.end(), "'" + m.sourceWord() + "' after " + m.number()
                    + " in the source (" + String.join(", ", m.translations()) + ") has no translation near this number", null);
        }
    }

    private static void falseFriends(Run run, Segment s) {
        if (!run.on(SourceRule.FALSE_FRIEND)) {
            return;
        }
        for (FalseFriends.Hit h : FalseFriends.check(s.source(), s.targetText(), run.language)) {
            String lookAlike = s.targetText().substring(h.start(), h.end());
            String suggestion = Character.isUpperCase(lookAlike.charAt(0))
                    ? Character.toUpperCase(h.entry().suggestion().charAt(0)) + h.entry().suggestion().substring(1) : h.entry().suggestion();
            run.addOnTarget(SourceRule.FALSE_FRIEND, s, h.start(), h.end(), "'" + lookAlike + "' is a false friend of the source's '"
                    + h.entry().source().matcher(s.source()).results().findFirst().map(r -> wordAround(s.source(), r.start())).orElse("")
                    + "'; did you mean '" + suggestion + "'?", suggestion);
        }
    }

    /** The whole word of {@code text} starting at {@code from}. */
    private static String wordAround(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    private static void sourceScript(Run run, Segment s) {
        String t = s.targetText();
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!foreignScript(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            int start = i;
            while (i < t.length() && (foreignScript(t.codePointAt(i)) || t.codePointAt(i) >= 0x3000 && t.codePointAt(i) <= 0x303F)) {
                i += Character.charCount(t.codePointAt(i));
            }
            run.addOnTarget(SourceRule.SOURCE_SCRIPT, s, start, i, "'" + t.substring(start, i) + "' is "
                    + script.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " text, not translated", null);
        }
    }

    /**
     * Source words left in a target written in the Latin script: a lower-case word of four letters or more
     * with a letter English does not use (an accent, umlaut, ß, ñ...), that the source has too (as a whole
     * word) and the English dictionary does not know. Words of plain ASCII letters are left alone: in
     * software strings they are mostly identifiers kept on purpose ({@code conffile}, {@code reflog}), 58
     * findings per 10,000 words on Debian's German PO files read backwards (docs/quality.md); words next to
     * characters of code, paths or markup are left alone too.
     */
    private static void sourceWords(Run run, Segment s) {
        if (!run.on(SourceRule.SOURCE_WORD)) {
            return;
        }
        Set<String> sourceWords = null;
        Matcher m = LOWER_WORD.matcher(s.targetText());
        while (m.find()) {
            if (sourceWords == null) {
                sourceWords = new HashSet<>();
                Matcher w = LOWER_WORD.matcher(s.source().toLowerCase(Locale.ROOT));
                while (w.find()) {
                    sourceWords.add(w.group());
                }
            }
            if (m.group().chars().anyMatch(c -> c > 0x7F) && sourceWords.contains(m.group())
                    && Lexicon.english().analyse(m.group()).isEmpty()) {
                run.addOnTarget(SourceRule.SOURCE_WORD, s, m.start(), m.end(), "'" + m.group() + "' is a word of the source,"
                        + " not English: left untranslated", null);
            }
        }
    }

    private static void fullWidth(Run run, Segment s) {
        String t = s.targetText();
        for (int i = 0; i < t.length(); i++) {
            int k = FULL_WIDTH.indexOf(t.charAt(i));
            boolean insideForeign = i > 0 && foreignScript(t.codePointAt(i - 1));
            if (k >= 0 && !insideForeign) {
                run.addOnTarget(SourceRule.FULL_WIDTH_PUNCTUATION, s, i, i + 1, "full-width '" + t.charAt(i)
                        + "' in English text", HALF_WIDTH[k]);
            }
        }
    }

    private void numbers(Run run, Segment s) {
        if (!run.on(SourceRule.NUMBER_MISMATCH)) {
            return;
        }
        NumberMatch match = NumberMatch.of(outsidePlaceholders(Numbers.in(s.source(), run.language), s.source()),
                outsidePlaceholders(Numbers.in(s.targetText(), "en"), s.targetText()));
        List<Numbers.Found> missing = match.missing();
        List<Numbers.Found> added = match.added();
        for (int k = 0; k < added.size(); k++) {
            Numbers.Found a = added.get(k);
            String written = s.targetText().substring(a.start(), a.end());
            if (k < missing.size()) {
                Numbers.Found m = missing.get(k);
                String suggestion = a.scaled() ? null : NumberMatch.english(m, s.source(), run.language);
                run.addOnTarget(SourceRule.NUMBER_MISMATCH, s, a.start(), a.end(), written + " differs from the source's "
                        + s.source().substring(m.start(), m.end()), suggestion);
            } else {
                run.addOnTarget(SourceRule.NUMBER_MISMATCH, s, a.start(), a.end(), written + " is not in the source", null);
            }
        }
        for (int k = added.size(); k < missing.size(); k++) {
            Numbers.Found m = missing.get(k);
            run.add(SourceRule.NUMBER_MISMATCH, s, s.anchorStart(), s.anchorEnd(), "the source's "
                    + s.source().substring(m.start(), m.end()) + " is missing from the target", null);
        }
    }

    /** The numbers that are not part of a placeholder ({@code %1$s}, {@code %.250s}, {@code {0}}): those are checked as placeholders. */
    private static List<Numbers.Found> outsidePlaceholders(List<Numbers.Found> numbers, String text) {
        if (numbers.isEmpty() || text.indexOf('%') < 0 && text.indexOf('{') < 0) {
            return numbers;
        }
        List<int[]> placeholders = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            placeholders.add(new int[]{m.start(), m.end()});
        }
        return numbers.stream().filter(n -> placeholders.stream().noneMatch(p -> n.start() < p[1] && n.end() > p[0])).toList();
    }

    /** Whether the source or the target contains one of these strings (the regular expressions are not run otherwise). */
    private static boolean mayHold(Segment s, String... marks) {
        for (String mark : marks) {
            if (s.source().contains(mark) || s.targetText().contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /** Placeholders, URLs, e-mail addresses: the same ones on both sides, as many times. */
    private static void tokens(Run run, Segment s, SourceRule rule, Pattern pattern, String what) {
        if (!run.on(rule)) {
            return;
        }
        List<String> source = new ArrayList<>();
        Matcher sm = pattern.matcher(s.source());
        while (sm.find()) {
            source.add(unpositioned(trimmed(sm.group())));
        }
        List<String> missing = new ArrayList<>(source);
        List<int[]> added = new ArrayList<>();
        Matcher tm = pattern.matcher(s.targetText());
        while (tm.find()) {
            String token = trimmed(tm.group());
            if (!missing.remove(unpositioned(token))) {
                added.add(new int[]{tm.start(), tm.start() + token.length()});
            }
        }
        for (int k = 0; k < added.size(); k++) {
            int[] a = added.get(k);
            String written = s.targetText().substring(a[0], a[1]);
            String suggestion = k < missing.size() && added.size() == missing.size() && !missing.get(k).matches(".*[<>&].*")
                    ? missing.get(k) : null;
            run.addOnTarget(rule, s, a[0], a[1], k < missing.size()
                    ? "the " + what + " " + written + " differs from the source's " + missing.get(k)
                    : "the " + what + " " + written + " is not in the source", suggestion);
        }
        for (int k = added.size(); k < missing.size(); k++) {
            run.add(rule, s, s.anchorStart(), s.anchorEnd(), "the source's " + what + " " + missing.get(k) + " is missing", null);
        }
    }

    /** A format specifier without its argument position ({@code %2$s} is {@code %s}): a translation may reorder them. */
    private static String unpositioned(String token) {
        return token.startsWith("%") ? POSITION.matcher(token).replaceFirst("%") : token;
    }

    private static String trimmed(String token) {
        return TRAILING_PUNCTUATION.matcher(token).replaceAll("");
    }

    private static void codes(Run run, Segment s) {
        List<String> missing = new ArrayList<>(s.sourceCodes().stream().map(InlineCode::key).toList());
        List<InlineCode> added = new ArrayList<>();
        for (InlineCode c : s.targetCodes()) {
            if (!missing.remove(c.key())) {
                added.add(c);
            }
        }
        for (InlineCode c : added) {
            run.add(SourceRule.INLINE_CODE_MISMATCH, s, c.start(), c.end(), "inline code " + c.key() + " is not in the source", null);
        }
        for (String key : missing) {
            run.add(SourceRule.INLINE_CODE_MISMATCH, s, s.anchorStart(), s.anchorEnd(), "the source's inline code " + key
                    + " is missing", null);
        }
    }

    private static void whitespace(Run run, Segment s) {
        String src = s.source();
        String t = s.targetText();
        int sourceLead = src.length() - src.stripLeading().length();
        int targetLead = t.length() - t.stripLeading().length();
        if ((sourceLead > 0) != (targetLead > 0) && !t.isBlank()) {
            if (targetLead > 0) {
                run.addOnTarget(SourceRule.WHITESPACE_MISMATCH, s, 0, targetLead, "leading whitespace the source has not", "");
            } else {
                run.addOnTarget(SourceRule.WHITESPACE_MISMATCH, s, 0, 1, "the source starts with whitespace, the target does not",
                        src.substring(0, sourceLead) + t.charAt(0));
            }
        }
        int sourceTrail = src.length() - src.stripTrailing().length();
        int targetTrail = t.length() - t.stripTrailing().length();
        if ((sourceTrail > 0) != (targetTrail > 0) && !t.isBlank()) {
            if (targetTrail > 0) {
                run.addOnTarget(SourceRule.WHITESPACE_MISMATCH, s, t.length() - targetTrail, t.length(),
                        "trailing whitespace the source has not", "");
            } else {
                run.addOnTarget(SourceRule.WHITESPACE_MISMATCH, s, t.length() - 1, t.length(),
                        "the source ends with whitespace, the target does not", t.charAt(t.length() - 1) + src.substring(src.length() - sourceTrail));
            }
        }
    }

    private static void endPunctuation(Run run, Segment s) {
        String t = s.targetText().stripTrailing();
        int end = t.length();
        while (end > 0 && CLOSERS.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        Character sourceEnd = endClass(s.source());
        if (sourceEnd == null || end == 0) {
            return;
        }
        char last = t.charAt(end - 1);
        Character targetEnd = punctuationClass(last);
        if (sourceEnd.equals(targetEnd)) {
            return;
        }
        String expected = String.valueOf(sourceEnd);
        if (targetEnd != null) {
            run.addOnTarget(SourceRule.END_PUNCTUATION, s, end - 1, end, "ends with '" + last + "', the source with '" + expected
                    + "'", expected);
        } else if (Character.isLetterOrDigit(last)) {
            SourceRule rule = sourceEnd == '.' ? SourceRule.END_FULL_STOP : SourceRule.END_PUNCTUATION;
            if (rule == SourceRule.END_FULL_STOP && ABBREVIATION_END.matcher(s.source().stripTrailing()).find()) {
                return;
            }
            run.addOnTarget(rule, s, end - 1, end, "the source ends with '" + expected + "', the target with no"
                    + " punctuation", last + expected);
        }
    }

    /** The sentence punctuation a text ends with, as '.', '?' or '!' (closing quotes and brackets skipped), or null. */
    private static Character endClass(String text) {
        String t = text.stripTrailing();
        int end = t.length();
        while (end > 0 && CLOSERS.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == 0 ? null : punctuationClass(t.charAt(end - 1));
    }

    private static Character punctuationClass(char c) {
        return switch (c) {
            case '.', '。', '．' -> '.';
            case '?', '？' -> '?';
            case '!', '！' -> '!';
            default -> null;
        };
    }

    private void lengthRatio(Run run, Segment s) {
        Optional<LengthRatios.Bounds> bounds = ratios.bounds(run.language);
        if (bounds.isEmpty() || !run.on(SourceRule.LENGTH_RATIO) || s.source().strip().equals(s.targetText().strip())) {
            return; // a target that repeats its source was not translated: source/untranslated's, when it is not English already
        }
        String[] sourceTokens = SPACES.split(s.source().strip());
        String[] targetTokens = SPACES.split(s.targetText().strip());
        Set<String> shared = s.source().codePoints().anyMatch(SourceChecks::foreignScript)
                ? sharedTokens(sourceTokens, targetTokens) : Set.of();
        int sourceLength = translatedLength(sourceTokens, shared);
        int targetLength = translatedLength(targetTokens, shared);
        if (sourceLength < bounds.get().minSourceLength()) {
            return;
        }
        double ratio = (double) targetLength / sourceLength;
        if (ratio < bounds.get().low() || ratio > bounds.get().high()) {
            run.add(SourceRule.LENGTH_RATIO, s, s.anchorStart(), s.anchorEnd(), String.format(Locale.ROOT,
                    "the target is %.2f times as long as the source; %s to English is usually %.2f to %.2f", ratio, run.language,
                    bounds.get().low(), bounds.get().high()), null);
        }
    }

    /**
     * The whitespace-separated tokens with a letter written the same in source and target: placeholders,
     * options, paths, names, code. Used for sources in another script than English's, where such a token
     * cannot be a translation (in a Latin-script source it may be a word both languages share). Numbers and
     * dates are translated text as far as the calibrated bounds go (they were counted on both sides there).
     */
    private static Set<String> sharedTokens(String[] sourceTokens, String[] targetTokens) {
        Set<String> inSource = new HashSet<>(Arrays.asList(sourceTokens));
        Set<String> shared = new HashSet<>();
        for (String token : targetTokens) {
            if (token.chars().anyMatch(Character::isLetter) && inSource.contains(token)) {
                shared.add(token);
            }
        }
        return shared;
    }

    /**
     * The length of what was translated: a text's whitespace-separated tokens without those both sides write
     * the same, with each run of whitespace counted as one character (the column padding of usage texts is
     * not translation).
     */
    private static int translatedLength(String[] tokens, Set<String> shared) {
        int length = 0;
        for (String token : tokens) {
            if (!token.isEmpty() && !shared.contains(token)) {
                length += token.length() + (length > 0 ? 1 : 0);
            }
        }
        return length;
    }

    private void glossary(Run run, Segment s) {
        for (Glossary.Term term : glossary.terms()) {
            if (!term.source().isEmpty() && !term.inSource(s.source())) {
                continue;
            }
            boolean hasRequired = !term.target().isEmpty() && term.inTarget(s.targetText()).isPresent();
            for (String forbidden : term.forbidden()) {
                Optional<int[]> at = Glossary.find(forbidden, s.targetText());
                if (at.isPresent()) {
                    String suggestion = term.target().isEmpty() || term.target().matches(".*[<>&].*") ? null : term.target();
                    run.addOnTarget(SourceRule.GLOSSARY_FORBIDDEN, s, at.get()[0], at.get()[1], "the glossary forbids '" + forbidden
                            + "'" + (term.source().isEmpty() ? "" : " for '" + term.source() + "'")
                            + (suggestion == null ? "" : "; use '" + term.target() + "'"), suggestion);
                    hasRequired = true;
                }
            }
            if (!term.source().isEmpty() && !term.target().isEmpty() && !hasRequired) {
                run.add(SourceRule.GLOSSARY_REQUIRED, s, s.anchorStart(), s.anchorEnd(), "the glossary translates '" + term.source()
                        + "' as '" + term.target() + "', which the target does not use", null);
            }
        }
    }

    private static void consistency(Run run, Segment s, Map<String, Segment> firstBySource) {
        String key = SPACES.matcher(s.source().strip()).replaceAll(" ");
        if (key.isEmpty()) {
            return;
        }
        Segment first = firstBySource.putIfAbsent(key, s);
        if (first != null && !comparable(first.targetText()).equals(comparable(s.targetText()))) {
            run.add(SourceRule.INCONSISTENT_TRANSLATION, s, s.anchorStart(), s.anchorEnd(), "the same source is translated '"
                    + first.targetText().strip() + "' in segment " + first.id() + " (line " + first.line() + ")", null);
        }
    }

    /**
     * A translation of five words or more given word for word to two different sources: one of them is
     * likely a copy of the other's translation. Shorter texts ("Open file", "Cancel") often translate
     * several sources well.
     */
    private static void sharedTranslation(Run run, Segment s, Map<String, Segment> firstByTarget) {
        if (!run.on(SourceRule.SHARED_TRANSLATION) || SPACES.split(s.targetText().strip()).length < SHARED_MIN_WORDS) {
            return;
        }
        Segment first = firstByTarget.putIfAbsent(comparable(s.targetText()), s);
        if (first != null && !comparable(first.source()).equals(comparable(s.source()))) {
            run.add(SourceRule.SHARED_TRANSLATION, s, s.anchorStart(), s.anchorEnd(), "the same translation is given in segment "
                    + first.id() + " (line " + first.line() + ") for another source: '" + first.source().strip() + "'", null);
        }
    }

    private static String comparable(String target) {
        return END_MARKS.matcher(SPACES.matcher(target.strip()).replaceAll(" ")).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
