package dev.unspin.originals;

import java.util.Set;

/**
 * English function words: articles, pronouns, prepositions, conjunctions, auxiliaries and the like.
 * Spinners swap content words and leave these alone, so they make the skeleton that finds an
 * original; they also tell a swap from a filler word in an alignment.
 */
final class FunctionWords {
    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each", "all", "both",
            "either", "neither", "other", "another", "such", "what", "which", "who", "whom", "whose", "where", "when",
            "why", "how", "whether", "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he",
            "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "myself", "itself",
            "himself", "herself", "themselves", "ourselves", "yourself", "of", "in", "on", "at", "by", "for", "with",
            "from", "to", "into", "onto", "upon", "about", "above", "below", "over", "under", "after", "before",
            "during", "since", "until", "till", "through", "throughout", "between", "among", "against", "within",
            "without", "along", "across", "behind", "beyond", "near", "toward", "towards", "around", "via", "per",
            "and", "or", "but", "nor", "so", "yet", "if", "than", "then", "because", "although", "though", "while",
            "unless", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done",
            "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "not", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "there", "here", "also", "only", "just",
            "very", "too", "more", "most", "less", "least", "much", "many", "few", "own", "same", "out", "up", "down",
            "off", "again", "once", "now", "still");

    private FunctionWords() {
    }

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
