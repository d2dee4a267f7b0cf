package dev.unspin.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A CMU Sphinx binary trigram model ({@code sphinx_lm_convert}'s "Trie Language Model" format, as in
 * {@code en-us.lm.bin}), decoded for conversion. Little-endian: the header text, the order (one byte),
 * the n-gram counts, a quantisation type (1: 16-bit codes) with 65,536-entry tables (bigram probabilities,
 * bigram back-off weights, trigram probabilities), the unigrams (probability, back-off weight, first
 * bigram), a bit-packed trie of bigrams and trigrams stored last word first (each bigram entry: the
 * previous word, back-off code, probability code, first trigram; each trigram entry: the first word,
 * probability code) and the words, NUL-terminated, in id order. Sphinx stores log probabilities in base
 * 1.0001; this class returns them in log10.
 */
final class SphinxTrieFile {
    private static final String HEADER = "Trie Language Model";
    private static final int QUANT_16 = 1;
    private static final int TABLE_SIZE = 1 << 16;
    private static final double LOG10_OF_BASE = Math.log10(1.0001);

    private final ByteBuffer data;
    private final int vocabularySize;
    private final int bigramCount;
    private final int trigramCount;
    private final float[] bigramProbTable;
    private final float[] bigramBackoffTable;
    private final float[] trigramProbTable;
    private final int unigramsAt;
    private final int wordBits;
    private final int bigramBits;
    private final int trigramStartBits;
    private final int trigramBits;
    private final int bigramsAt;
    private final int trigramsAt;
    private final String[] words;

    private SphinxTrieFile(byte[] bytes) {
        data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        String header = new String(bytes, 0, HEADER.length(), StandardCharsets.US_ASCII);
        if (!header.equals(HEADER)) {
            throw new IllegalArgumentException("not a Sphinx trie language model (header \"" + header + "\")");
        }
        data.position(HEADER.length());
        int order = data.get();
        if (order != 3) {
            throw new IllegalArgumentException("expected a trigram model, found order " + order);
        }
        vocabularySize = data.getInt();
        bigramCount = data.getInt();
        trigramCount = data.getInt();
        int quantisation = data.getInt();
        if (quantisation != QUANT_16) {
            throw new IllegalArgumentException("unsupported quantisation type " + quantisation + " (expected 1, 16-bit)");
        }
        bigramProbTable = readTable();
        bigramBackoffTable = readTable();
        trigramProbTable = readTable();
        unigramsAt = data.position();
        wordBits = bitsFor(vocabularySize);
        trigramStartBits = bitsFor(trigramCount);
        bigramBits = wordBits + 32 + trigramStartBits;
        trigramBits = wordBits + 16;
        bigramsAt = unigramsAt + 12 * (vocabularySize + 1);
        trigramsAt = bigramsAt + trieBytes(bigramCount, bigramBits);
        data.position(trigramsAt + trieBytes(trigramCount, trigramBits));
        words = readWords();
    }

    /** Reads a whole model (about 27 MB for en-us) from a stream. */
    static SphinxTrieFile read(InputStream in) throws IOException {
        return new SphinxTrieFile(in.readAllBytes());
    }

    int vocabularySize() {
        return vocabularySize;
    }

    int bigramCount() {
        return bigramCount;
    }

    int trigramCount() {
        return trigramCount;
    }

    String word(int id) {
        return words[id];
    }

    float unigramLogProb(int word) {
        return log10(data.getFloat(unigramsAt + 12 * word));
    }

    float unigramBackoff(int word) {
        return log10(data.getFloat(unigramsAt + 12 * word + 4));
    }

    /** The first bigram entry of the bigrams ending in {@code word}; those of {@code word + 1} follow. */
    int firstBigramEndingIn(int word) {
        return data.getInt(unigramsAt + 12 * word + 8);
    }

    /** The first word of bigram entry {@code entry}. */
    int bigramPreviousWord(int entry) {
        return bits(bigramsAt, (long) entry * bigramBits, wordBits);
    }

    int bigramBackoffCode(int entry) {
        return bits(bigramsAt, (long) entry * bigramBits + wordBits, 16);
    }

    int bigramProbCode(int entry) {
        return bits(bigramsAt, (long) entry * bigramBits + wordBits + 16, 16);
    }

    /** The first trigram entry extending bigram entry {@code entry} to the left; those of {@code entry + 1} follow. */
    int firstTrigram(int entry) {
        return bits(bigramsAt, (long) entry * bigramBits + wordBits + 32, trigramStartBits);
    }

    /** The first word of trigram entry {@code entry}. */
    int trigramFirstWord(int entry) {
        return bits(trigramsAt, (long) entry * trigramBits, wordBits);
    }

    int trigramProbCode(int entry) {
        return bits(trigramsAt, (long) entry * trigramBits + wordBits, 16);
    }

    float[] bigramProbTable() {
        return bigramProbTable.clone();
    }

    float[] bigramBackoffTable() {
        return bigramBackoffTable.clone();
    }

    float[] trigramProbTable() {
        return trigramProbTable.clone();
    }

    private int bits(int sectionAt, long bitOffset, int width) {
        long word = data.getLong(sectionAt + (int) (bitOffset >>> 3));
        return (int) ((word >>> (bitOffset & 7)) & ((1L << width) - 1));
    }

    private float[] readTable() {
        float[] table = new float[TABLE_SIZE];
        for (int i = 0; i < TABLE_SIZE; i++) {
            table[i] = log10(data.getFloat());
        }
        return table;
    }

    private String[] readWords() {
        int length = data.getInt();
        String[] result = new String[vocabularySize];
        int start = data.position();
        int end = start + length;
        int id = 0;
        for (int i = start; i < end && id < vocabularySize; i++) {
            if (data.get(i) == 0) {
                result[id++] = new String(data.array(), start, i - start, StandardCharsets.UTF_8);
                start = i + 1;
            }
        }
        if (id != vocabularySize) {
            throw new IllegalArgumentException("the word list holds " + id + " words, expected " + vocabularySize);
        }
        return result;
    }

    private static float log10(float logBase10001) {
        return (float) (logBase10001 * LOG10_OF_BASE);
    }

    /** Each trie level has one extra entry (the end pointer) and 8 bytes of padding for 64-bit reads. */
    private static int trieBytes(int entries, int entryBits) {
        return (int) (((entries + 1L) * entryBits + 7) / 8 + 8);
    }

    private static int bitsFor(int maxValue) {
        return 32 - Integer.numberOfLeadingZeros(maxValue);
    }
}
