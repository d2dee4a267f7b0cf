package dev.unspin.lexicon;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English morphology from LanguageTool's morfologik dictionaries (artifact english-pos-dict):
 * the analyses of a word (lemma + Penn tag) and the forms of a lemma for a tag. Loaded once per
 * process; lookups are thread-safe (morfologik's lookup objects are per thread).
 */
public final class Lexicon {
    private static final String ANALYSIS = "/org/languagetool/resource/en/english.dict";
    private static final String SYNTHESIS = "/org/languagetool/resource/en/english_synth.dict";
    /** Tags of closed-class words: prepositions, determiners, pronouns, wh-words, conjunctions, modals, "there", "to". */
    private static final Set<String> FUNCTION_TAGS = Set.of("IN", "DT", "PDT", "PRP", "PRP$", "WDT", "WP", "WP$",
            "WRB", "CC", "MD", "EX", "TO");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");
    private static volatile Lexicon shared;

    private final Dictionary analysis;
    private final Dictionary synthesis;
    private final ThreadLocal<DictionaryLookup> analyser;
    private final ThreadLocal<DictionaryLookup> synthesiser;

    private Lexicon() {
        analysis = load(ANALYSIS);
        synthesis = load(SYNTHESIS);
        analyser = ThreadLocal.withInitial(() -> new DictionaryLookup(analysis));
        synthesiser = ThreadLocal.withInitial(() -> new DictionaryLookup(synthesis));
    }

    public static Lexicon english() {
        Lexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (Lexicon.class) {
                if (shared == null) {
                    shared = new Lexicon();
                }
                lexicon = shared;
            }
        }
        return lexicon;
    }

    /** Analyses of a word form; the lower-case form is tried when the form itself is unknown. */
    public List<Analysis> analyse(String word) {
        List<Analysis> result = lookup(word);
        if (result.isEmpty()) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.equals(word)) {
                result = lookup(lower);
            }
        }
        return result;
    }

    /**
     * Whether any reading of the form is a closed-class word or an auxiliary ("like", "up", "can"
     * and "has" all are): which of two such words a sentence takes is syntax, not a synonym choice.
     */
    public boolean isFunctionWord(String form) {
        return analyse(form).stream().anyMatch(a -> FUNCTION_TAGS.contains(a.tag()) || AUXILIARIES.contains(a.lemma()));
    }

    private List<Analysis> lookup(String word) {
        List<WordData> data = analyser.get().lookup(word);
        List<Analysis> result = new ArrayList<>(data.size());
        for (WordData d : data) {
            result.add(new Analysis(String.valueOf(d.getStem()), String.valueOf(d.getTag())));
        }
        return result;
    }

    /** Forms of {@code lemma} with exactly the tag {@code tag}, in dictionary order. */
    public Set<String> forms(String lemma, String tag) {
        Set<String> forms = new LinkedHashSet<>();
        for (WordData d : synthesiser.get().lookup(lemma + "|" + tag)) {
            forms.add(String.valueOf(d.getStem()));
        }
        return forms;
    }

    private static Dictionary load(String resource) {
        URL url = Lexicon.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing LanguageTool dictionary " + resource + " on the class path");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** One reading of a word: its lemma and Penn Treebank-style tag (LanguageTool's tag set). */
    public record Analysis(String lemma, String tag) {
    }
}
