package dev.unspin.eval;

import dev.unspin.lexicon.WordNetSynsets;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.Set;
import java.util.regex.Pattern;

/** WordNet 3.1's one-word synonyms of any sense: the thesaurus the model detector also searches. */
final class WordNetSource implements SynonymSource {
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    private final Dictionary wordNet = WordNetSynsets.load();

    @Override
    public Set<String> synonyms(String lemma, POS pos) {
        try {
            return WordNetSynsets.otherLemmas(wordNet.lookupIndexWord(pos, lemma), lemma, LETTERS);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for " + lemma, e);
        }
    }
}
