package dev.unspin.model;

import java.util.Set;

/**
 * English closed-class words: prepositions, conjunctions, determiners, pronouns, auxiliaries.
 * Which of two of them a sentence takes is syntax, and a trigram model's preference between them
 * mostly reflects how common each is ("through" against "by"), not what the writer meant; the
 * grammar rules judge those swaps instead.
 */
final class FunctionWords {
    private static final Set<String> WORDS = Set.of(
            "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at", "before",
            "behind", "below", "beneath", "beside", "between", "beyond", "by", "despite", "down", "during", "except",
            "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over",
            "past", "per", "round", "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under",
            "underneath", "until", "unto", "up", "upon", "via", "with", "within", "without",
            "and", "but", "or", "nor", "so", "yet", "because", "although", "though", "while", "whereas", "if", "unless",
            "whether", "once", "when", "where", "whilst",
            "a", "an", "the", "this", "that", "these", "those", "each", "every", "either", "neither", "some", "any",
            "no", "all", "both", "few", "many", "much", "more", "most", "several", "such", "what", "which", "whose",
            "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "its",
            "our", "their", "who", "whom",
            "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "do", "does", "did",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must");

    private FunctionWords() {
    }

    static boolean contains(String lowerWord) {
        return WORDS.contains(lowerWord);
    }
}
