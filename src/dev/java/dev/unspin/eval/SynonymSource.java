package dev.unspin.eval;

import net.sf.extjwnl.data.POS;

import java.util.Set;

/** A thesaurus a test spinner draws from: the one-word synonyms of a lemma read as a WordNet part of speech. */
interface SynonymSource {

    /** Synonyms of {@code lemma} (lower case, letters only), in a fixed order; empty when it has none. */
    Set<String> synonyms(String lemma, POS pos);
}
