package dev.unspin.model;

/**
 * Where each array of the model file starts; the converter writes and {@link TrigramModel} maps the same
 * layout. Little-endian; every section starts on an 8-byte boundary:
 * <pre>
 * header           "UNSPINLM", version, vocabulary size, bigram count, trigram count, word-list bytes
 * quantisation     float[65536] x 3: log10 bigram probability, bigram back-off weight, trigram probability
 * unigrams         float[V] log10 probability, float[V] log10 back-off weight, int[V+1] first bigram
 * bigrams (w1 w2)  int[B] w2, short[B] probability code, short[B] back-off code, int[B+1] first trigram;
 *                  sorted by w1 (the range firstBigram[w1] .. firstBigram[w1+1]), then w2
 * trigrams         int[T] w3, short[T] probability code; sorted by the bigram (w1 w2), then w3
 * hash tables      int[] bigram (w1, w2) -> index + 1, int[] trigram (bigram index, w3) -> index + 1 ({@link NgramHash})
 * words            UTF-8, each ended by '\n', in id order
 * </pre>
 */
final class ModelLayout {
    static final long MAGIC = 0x4d4c4e4950534e55L; // "UNSPINLM" read little-endian
    static final int VERSION = 2;
    static final int HEADER_BYTES = 32;
    static final int TABLE_SIZE = 1 << 16;

    final int vocabularySize;
    final int bigramCount;
    final int trigramCount;
    final int wordBytes;
    final long bigramProbTable;
    final long bigramBackoffTable;
    final long trigramProbTable;
    final long unigramProb;
    final long unigramBackoff;
    final long firstBigram;
    final long bigramWord;
    final long bigramProb;
    final long bigramBackoff;
    final long firstTrigram;
    final long trigramWord;
    final long trigramProb;
    final long bigramHash;
    final long trigramHash;
    final long words;
    final long totalBytes;
    private long end = HEADER_BYTES;

    ModelLayout(int vocabularySize, int bigramCount, int trigramCount, int wordBytes) {
        this.vocabularySize = vocabularySize;
        this.bigramCount = bigramCount;
        this.trigramCount = trigramCount;
        this.wordBytes = wordBytes;
        bigramProbTable = section(4L * TABLE_SIZE);
        bigramBackoffTable = section(4L * TABLE_SIZE);
        trigramProbTable = section(4L * TABLE_SIZE);
        unigramProb = section(4L * vocabularySize);
        unigramBackoff = section(4L * vocabularySize);
        firstBigram = section(4L * (vocabularySize + 1));
        bigramWord = section(4L * bigramCount);
        bigramProb = section(2L * bigramCount);
        bigramBackoff = section(2L * bigramCount);
        firstTrigram = section(4L * (bigramCount + 1));
        trigramWord = section(4L * trigramCount);
        trigramProb = section(2L * trigramCount);
        bigramHash = section(4L * NgramHash.slots(bigramCount));
        trigramHash = section(4L * NgramHash.slots(trigramCount));
        words = section(wordBytes);
        totalBytes = words + wordBytes;
    }

    /** Reserves the next section of {@code bytes} and returns where it starts. */
    private long section(long bytes) {
        long start = end;
        end = (end + bytes + 7) & ~7L;
        return start;
    }
}
