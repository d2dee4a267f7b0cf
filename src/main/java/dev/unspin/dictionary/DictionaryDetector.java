package dev.unspin.dictionary;

import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Detector;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleSelection;
import dev.unspin.engine.Severity;
import dev.unspin.engine.DetectorKind;
import dev.unspin.text.CaseStyle;
import dev.unspin.text.Sentence;
import dev.unspin.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the phrases of the {@link PhraseDictionary} in a document, sentence by sentence. */
public final class DictionaryDetector implements Detector {
    private static final Pattern MARKER = Pattern.compile("\\{([^{}]*)}");

    private final PhraseDictionary dictionary;

    public DictionaryDetector(PhraseDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public List<Finding> detect(Document document, CheckSettings settings, RuleSelection rules) {
        List<Finding> findings = new ArrayList<>();
        List<Token> tokens = document.tokens();
        for (Sentence sentence : document.sentences()) {
            for (int first = sentence.firstToken(); first < sentence.endToken(); first++) {
                Match match = longestMatch(document, sentence, first, settings, rules);
                if (match != null) {
                    findings.add(toFinding(document, tokens.subList(first, match.end), match.entry));
                }
            }
        }
        return findings;
    }

    /**
     * Findings of one entry alone, ignoring every other entry: how an entry's own examples are
     * tested, independent of which longer entry would win in a full check.
     */
    public List<Finding> detectOnly(Document document, CheckSettings settings, DictionaryEntry entry) {
        List<Finding> findings = new ArrayList<>();
        if (!entry.appliesTo(settings.sourceLanguage())) {
            return findings;
        }
        List<Token> tokens = document.tokens();
        int length = entry.pattern().size();
        for (Sentence sentence : document.sentences()) {
            for (int first = sentence.firstToken(); first + length <= sentence.endToken(); first++) {
                if (patternMatches(entry, tokens, first) && entry.conditions().hold(document, sentence, first, first + length)) {
                    findings.add(toFinding(document, tokens.subList(first, first + length), entry));
                }
            }
        }
        return findings;
    }

    private static boolean patternMatches(DictionaryEntry entry, List<Token> tokens, int first) {
        for (int i = 0; i < entry.pattern().size(); i++) {
            if (!entry.pattern().get(i).formTags().containsKey(tokens.get(first + i).lower())) {
                return false;
            }
        }
        return true;
    }

    private Match longestMatch(Document document, Sentence sentence, int first, CheckSettings settings, RuleSelection rules) {
        List<Token> tokens = document.tokens();
        PhraseDictionary.Node node = dictionary.root();
        Match best = null;
        for (int i = first; i < sentence.endToken(); i++) {
            node = node.children.get(tokens.get(i).lower());
            if (node == null) {
                break;
            }
            for (DictionaryEntry entry : node.entries) {
                // The confidence floor and the rule selection are applied here, so an entry below
                // the floor or turned off cannot hide a shorter one.
                if (entry.appliesTo(settings.sourceLanguage())
                        && rules.enabled(entry.id(), entry.category())
                        && entry.confidence() >= settings.minConfidence()
                        && (best == null || best.end < i + 1 || entry.confidence() > best.entry.confidence())
                        && entry.conditions().hold(document, sentence, first, i + 1)) {
                    best = new Match(entry, i + 1);
                }
            }
        }
        return best;
    }

    private Finding toFinding(Document document, List<Token> matched, DictionaryEntry entry) {
        int start = document.originalStart(matched.get(0));
        int end = document.originalEnd(matched.get(matched.size() - 1));
        CaseStyle caseStyle = CaseStyle.of(document.original().substring(start, end));
        List<String> suggestions = new ArrayList<>();
        for (String fix : entry.fixes()) {
            String suggestion = caseStyle.apply(inflect(fix, entry, matched));
            if (!suggestions.contains(suggestion)) {
                suggestions.add(suggestion);
            }
        }
        return new Finding(entry.id(), entry.category(), Severity.forConfidence(entry.confidence()), entry.confidence(),
                start, end, suggestions, message(entry, document.original().substring(start, end), suggestions.get(0)),
                DetectorKind.DICTIONARY);
    }

    /**
     * Replaces the k-th {marker} of the fix with its lemma inflected like the k-th marked word of
     * the match; a marker that repeats the spun word's own lemma keeps the word as written.
     */
    private String inflect(String fix, DictionaryEntry entry, List<Token> matched) {
        List<Integer> markerPositions = new ArrayList<>();
        for (int i = 0; i < entry.pattern().size(); i++) {
            if (entry.pattern().get(i).isInflected()) {
                markerPositions.add(i);
            }
        }
        Matcher m = MARKER.matcher(fix);
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (m.find()) {
            String lemma = m.group(1).strip();
            int position = markerPositions.get(k++);
            PatternToken spun = entry.pattern().get(position);
            String word = matched.get(position).lower();
            String form = lemma.equals(spun.lemma()) ? word
                    : dictionary.inflector().inflect(lemma, spun.formTags().getOrDefault(word, List.of()));
            m.appendReplacement(out, Matcher.quoteReplacement(form));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String message(DictionaryEntry entry, String text, String suggestion) {
        return switch (entry.category()) {
            case SPINNER_SYNONYM -> "\u201C" + text + "\u201D looks like an article spinner's synonym swap; the original was probably \u201C" + suggestion + "\u201D.";
            case TORTURED_PHRASE -> "\u201C" + text + "\u201D is a tortured phrase: a paraphrase of the established term \u201C" + suggestion + "\u201D.";
            case MACHINE_TRANSLATION -> "\u201C" + text + "\u201D reads as a literal machine translation; in English: \u201C" + suggestion + "\u201D.";
            case GRAMMAR, SPUN_COPY -> throw new IllegalStateException("dictionary entries are never grammar rules or copies");
        };
    }

    private record Match(DictionaryEntry entry, int end) {
    }
}
