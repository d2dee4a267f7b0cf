package dev.unspin.model;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Turns a Sphinx trie (n-grams stored last word first) into the model file ({@link ModelLayout}: stored
 * first word first, so that one search finds the bigram (w1 w2), its back-off weight and its trigrams).
 * Both reorderings are counting sorts: walking the Sphinx trie by last word visits each bucket's entries
 * in increasing last word, so every bucket comes out sorted. The quantisation codes and tables are kept,
 * so the file holds exactly the Sphinx model's values.
 */
final class ModelFileWriter {
    private final SphinxTrieFile source;
    private final int[] firstBigram;
    private final int[] bigramWord;
    private final short[] bigramProb;
    private final short[] bigramBackoff;
    private final int[] firstTrigram;
    private final int[] trigramWord;
    private final short[] trigramProb;

    private ModelFileWriter(SphinxTrieFile source) {
        this.source = source;
        int vocabulary = source.vocabularySize();
        firstBigram = new int[vocabulary + 1];
        bigramWord = new int[source.bigramCount()];
        bigramProb = new short[source.bigramCount()];
        bigramBackoff = new short[source.bigramCount()];
        firstTrigram = new int[source.bigramCount() + 1];
        trigramWord = new int[source.trigramCount()];
        trigramProb = new short[source.trigramCount()];
        reorderBigrams();
        reorderTrigrams();
    }

    /** Writes {@code source} as a model file at {@code target} (through a temporary file, then a move). */
    static void write(SphinxTrieFile source, Path target) throws IOException {
        new ModelFileWriter(source).writeTo(target);
    }

    private void reorderBigrams() {
        int vocabulary = source.vocabularySize();
        for (int entry = 0; entry < bigramWord.length; entry++) {
            firstBigram[source.bigramPreviousWord(entry) + 1]++;
        }
        Arrays.parallelPrefix(firstBigram, Integer::sum);
        int[] cursor = Arrays.copyOf(firstBigram, vocabulary);
        for (int last = 0; last < vocabulary; last++) {
            for (int entry = source.firstBigramEndingIn(last); entry < source.firstBigramEndingIn(last + 1); entry++) {
                int at = cursor[source.bigramPreviousWord(entry)]++;
                bigramWord[at] = last;
                bigramProb[at] = (short) source.bigramProbCode(entry);
                bigramBackoff[at] = (short) source.bigramBackoffCode(entry);
            }
        }
    }

    private void reorderTrigrams() {
        int vocabulary = source.vocabularySize();
        int[] bucket = new int[trigramWord.length];
        for (int last = 0; last < vocabulary; last++) {
            for (int entry = source.firstBigramEndingIn(last); entry < source.firstBigramEndingIn(last + 1); entry++) {
                int middle = source.bigramPreviousWord(entry);
                for (int trigram = source.firstTrigram(entry); trigram < source.firstTrigram(entry + 1); trigram++) {
                    bucket[trigram] = prefixBigram(source.trigramFirstWord(trigram), middle, last);
                    firstTrigram[bucket[trigram] + 1]++;
                }
            }
        }
        Arrays.parallelPrefix(firstTrigram, Integer::sum);
        int[] cursor = Arrays.copyOf(firstTrigram, bigramWord.length);
        for (int last = 0; last < vocabulary; last++) {
            for (int entry = source.firstBigramEndingIn(last); entry < source.firstBigramEndingIn(last + 1); entry++) {
                for (int trigram = source.firstTrigram(entry); trigram < source.firstTrigram(entry + 1); trigram++) {
                    int at = cursor[bucket[trigram]]++;
                    trigramWord[at] = last;
                    trigramProb[at] = (short) source.trigramProbCode(trigram);
                }
            }
        }
    }

    private int prefixBigram(int first, int second, int third) {
        int at = Arrays.binarySearch(bigramWord, firstBigram[first], firstBigram[first + 1], second);
        if (at < 0) {
            throw new IllegalArgumentException("trigram \"" + source.word(first) + " " + source.word(second) + " "
                    + source.word(third) + "\" has no bigram \"" + source.word(first) + " " + source.word(second) + "\"");
        }
        return at;
    }

    private void writeTo(Path target) throws IOException {
        StringBuilder words = new StringBuilder();
        for (int id = 0; id < source.vocabularySize(); id++) {
            words.append(source.word(id)).append('\n');
        }
        byte[] wordBytes = words.toString().getBytes(StandardCharsets.UTF_8);
        ModelLayout layout = new ModelLayout(source.vocabularySize(), bigramWord.length, trigramWord.length, wordBytes.length);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            MappedByteBuffer out = channel.map(FileChannel.MapMode.READ_WRITE, 0, layout.totalBytes);
            out.order(ByteOrder.LITTLE_ENDIAN);
            out.putLong(ModelLayout.MAGIC).putInt(ModelLayout.VERSION).putInt(layout.vocabularySize)
                    .putInt(layout.bigramCount).putInt(layout.trigramCount).putInt(layout.wordBytes);
            floats(out, layout.bigramProbTable, source.bigramProbTable());
            floats(out, layout.bigramBackoffTable, source.bigramBackoffTable());
            floats(out, layout.trigramProbTable, source.trigramProbTable());
            float[] unigramProb = new float[layout.vocabularySize];
            float[] unigramBackoff = new float[layout.vocabularySize];
            for (int id = 0; id < layout.vocabularySize; id++) {
                unigramProb[id] = source.unigramLogProb(id);
                unigramBackoff[id] = source.unigramBackoff(id);
            }
            floats(out, layout.unigramProb, unigramProb);
            floats(out, layout.unigramBackoff, unigramBackoff);
            ints(out, layout.firstBigram, firstBigram);
            ints(out, layout.bigramWord, bigramWord);
            shorts(out, layout.bigramProb, bigramProb);
            shorts(out, layout.bigramBackoff, bigramBackoff);
            ints(out, layout.firstTrigram, firstTrigram);
            ints(out, layout.trigramWord, trigramWord);
            shorts(out, layout.trigramProb, trigramProb);
            ints(out, layout.bigramHash, NgramHash.build(firstBigram, bigramWord));
            ints(out, layout.trigramHash, NgramHash.build(firstTrigram, trigramWord));
            out.put((int) layout.words, wordBytes);
            out.force();
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void floats(MappedByteBuffer out, long at, float[] values) {
        out.slice((int) at, 4 * values.length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(values);
    }

    private static void ints(MappedByteBuffer out, long at, int[] values) {
        out.slice((int) at, 4 * values.length).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(values);
    }

    private static void shorts(MappedByteBuffer out, long at, short[] values) {
        out.slice((int) at, 2 * values.length).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().put(values);
    }
}
