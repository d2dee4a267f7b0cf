package dev.unspin.model;

import dev.unspin.lexicon.Lexicon;
import dev.unspin.lexicon.WordNetSynsets;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a spinner may have replaced with a word form: for each reading of the form (LanguageTool's English
 * morphology: lemma and tag), the other one-word lemmas of every WordNet 3.1 synset of that lemma, inflected
 * to the form's tag. A form LanguageTool does not know but WordNet has as a lemma gives its synonyms as they
 * are. Function words (a reading as preposition, determiner, pronoun, conjunction, modal, or a form of be,
 * have, do) give nothing and are never given.
 */
final class ReverseThesaurus {
    static final Pattern WORD = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Set<String> BASE_TAGS = Set.of("NN", "NN:UN", "VB", "VBP", "JJ", "RB");
    private static final Map<POS, List<String>> INFLECTED_TAGS = Map.of(POS.NOUN, List.of("NNS"),
            POS.VERB, List.of("VBD", "VBG", "VBN", "VBZ"), POS.ADJECTIVE, List.of("JJR", "JJS"),
            POS.ADVERB, List.of("RBR", "RBS"));

    private final Dictionary wordNet;
    private final Lexicon lexicon = Lexicon.english();

    ReverseThesaurus() {
        wordNet = WordNetSynsets.load();
    }

    /** The forms {@code form} may stand for, in no particular order; empty for a function word. */
    Set<String> replaced(String form) {
        Set<String> result = new LinkedHashSet<>();
        if (lexicon.isFunctionWord(form)) {
            return result;
        }
        List<Lexicon.Analysis> readings = lexicon.analyse(form);
        for (Lexicon.Analysis reading : readings) {
            POS pos = WordNetSynsets.pos(reading.tag());
            if (pos != null) {
                for (String synonym : synonyms(reading.lemma(), pos)) {
                    if (BASE_TAGS.contains(reading.tag())) {
                        result.add(synonym);
                    } else {
                        result.addAll(lexicon.forms(synonym, reading.tag()));
                    }
                }
            }
        }
        if (readings.isEmpty()) {
            for (POS pos : POS.getAllPOS()) {
                result.addAll(synonyms(form, pos));
            }
        }
        result.remove(form);
        result.removeIf(lexicon::isFunctionWord);
        return result;
    }

    /** Every one-word WordNet lemma (letters and hyphens) and its inflected forms: what a spinner may write. */
    Set<String> forms() {
        Set<String> forms = new TreeSet<>();
        try {
            for (POS pos : POS.getAllPOS()) {
                for (Iterator<IndexWord> entries = wordNet.getIndexWordIterator(pos); entries.hasNext(); ) {
                    String lemma = entries.next().getLemma();
                    if (WORD.matcher(lemma).matches()) {
                        forms.add(lemma);
                        INFLECTED_TAGS.get(pos).forEach(tag -> forms.addAll(lexicon.forms(lemma, tag)));
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot list WordNet's lemmas", e);
        }
        return forms;
    }

    /** The other one-word lemmas of every synset of {@code lemma} as a {@code pos}. */
    private Set<String> synonyms(String lemma, POS pos) {
        try {
            return WordNetSynsets.otherLemmas(wordNet.getIndexWord(pos, lemma), lemma, WORD);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for " + lemma, e);
        }
    }
}
