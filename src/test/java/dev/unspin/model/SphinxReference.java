package dev.unspin.model;

/**
 * Katz back-off computed straight on the Sphinx trie (n-grams stored last word first, searched linearly),
 * the way Sphinx itself scores: the oracle the converted model is compared with.
 */
final class SphinxReference {
    private final SphinxTrieFile sphinx;
    private final float[] bigramProb;
    private final float[] bigramBackoff;
    private final float[] trigramProb;

    SphinxReference(SphinxTrieFile sphinx) {
        this.sphinx = sphinx;
        bigramProb = sphinx.bigramProbTable();
        bigramBackoff = sphinx.bigramBackoffTable();
        trigramProb = sphinx.trigramProbTable();
    }

    float logProb(int w1, int w2, int w3) {
        int bigram = bigramEntry(w2, w3);
        if (bigram >= 0) {
            for (int t = sphinx.firstTrigram(bigram); t < sphinx.firstTrigram(bigram + 1); t++) {
                if (sphinx.trigramFirstWord(t) == w1) {
                    return trigramProb[sphinx.trigramProbCode(t)];
                }
            }
        }
        int context = bigramEntry(w1, w2);
        float contextBackoff = context >= 0 ? bigramBackoff[sphinx.bigramBackoffCode(context)] : 0;
        float bigramLogProb = bigram >= 0 ? bigramProb[sphinx.bigramProbCode(bigram)]
                : sphinx.unigramBackoff(w2) + sphinx.unigramLogProb(w3);
        return contextBackoff + bigramLogProb;
    }

    /** The trie entry of bigram (first second), or -1. */
    int bigramEntry(int first, int second) {
        for (int e = sphinx.firstBigramEndingIn(second); e < sphinx.firstBigramEndingIn(second + 1); e++) {
            if (sphinx.bigramPreviousWord(e) == first) {
                return e;
            }
        }
        return -1;
    }
}
