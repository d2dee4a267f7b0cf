package dev.unspin.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An English trigram model with Katz back-off (the CMU Sphinx en-us model, converted at build time to
 * the file described in {@link ModelLayout}). The n-gram arrays and hash tables are memory-mapped, so they
 * live outside the heap and are shared by every process that opens the file; the heap holds the
 * vocabulary, the unigrams and the quantisation tables (about 10 MB).
 *
 * <p>Word ids are non-negative; {@link #UNKNOWN} (-1) stands for a word the model does not know. The
 * vocabulary is lower case and has the sentence markers {@code <s>} and {@code </s>}; it has no
 * {@code <unk>}. Thread-safe: after {@link #open}, nothing changes, and lookups only read (absolute reads of
 * the mapped buffers); {@link #logProb} and {@link #score} allocate nothing.
 */
public final class TrigramModel {
    /** The id of a word the model does not know. */
    public static final int UNKNOWN = -1;

    private final Path path;
    private final Vocabulary vocabulary;
    private final int sentenceStart;
    private final int sentenceEnd;
    private final float[] unigramProb;
    private final float[] unigramBackoff;
    private final float unknownLogProb;
    private final int[] firstBigram;
    private final float[] bigramProbTable;
    private final float[] bigramBackoffTable;
    private final float[] trigramProbTable;
    private final IntBuffer bigramWord;
    private final ShortBuffer bigramProb;
    private final ShortBuffer bigramBackoff;
    private final IntBuffer firstTrigram;
    private final IntBuffer trigramWord;
    private final ShortBuffer trigramProb;
    private final IntBuffer bigramHash;
    private final IntBuffer trigramHash;

    private TrigramModel(Path path, ByteBuffer file) {
        this.path = path;
        if (file.capacity() < ModelLayout.HEADER_BYTES || file.getLong(0) != ModelLayout.MAGIC) {
            throw new IllegalArgumentException("not an unspin language model file");
        }
        if (file.getInt(8) != ModelLayout.VERSION) {
            throw new IllegalArgumentException("model file version " + file.getInt(8) + ", this unspin reads version "
                    + ModelLayout.VERSION + "; rebuild it");
        }
        ModelLayout layout = new ModelLayout(file.getInt(12), file.getInt(16), file.getInt(20), file.getInt(24));
        if (file.capacity() != layout.totalBytes) {
            throw new IllegalArgumentException("the file has " + file.capacity() + " bytes, its header says "
                    + layout.totalBytes + " (truncated?)");
        }
        byte[] words = new byte[layout.wordBytes];
        file.get((int) layout.words, words);
        vocabulary = Vocabulary.parse(words, layout.vocabularySize);
        sentenceStart = vocabulary.id("<s>");
        sentenceEnd = vocabulary.id("</s>");
        unigramProb = floats(file, layout.unigramProb, layout.vocabularySize);
        unigramBackoff = floats(file, layout.unigramBackoff, layout.vocabularySize);
        unknownLogProb = rarest(unigramProb, sentenceStart);
        firstBigram = new int[layout.vocabularySize + 1];
        section(file, layout.firstBigram, 4L * firstBigram.length).asIntBuffer().get(firstBigram);
        bigramProbTable = floats(file, layout.bigramProbTable, ModelLayout.TABLE_SIZE);
        bigramBackoffTable = floats(file, layout.bigramBackoffTable, ModelLayout.TABLE_SIZE);
        trigramProbTable = floats(file, layout.trigramProbTable, ModelLayout.TABLE_SIZE);
        bigramWord = section(file, layout.bigramWord, 4L * layout.bigramCount).asIntBuffer();
        bigramProb = section(file, layout.bigramProb, 2L * layout.bigramCount).asShortBuffer();
        bigramBackoff = section(file, layout.bigramBackoff, 2L * layout.bigramCount).asShortBuffer();
        firstTrigram = section(file, layout.firstTrigram, 4L * (layout.bigramCount + 1)).asIntBuffer();
        trigramWord = section(file, layout.trigramWord, 4L * layout.trigramCount).asIntBuffer();
        trigramProb = section(file, layout.trigramProb, 2L * layout.trigramCount).asShortBuffer();
        bigramHash = section(file, layout.bigramHash, 4L * NgramHash.slots(layout.bigramCount)).asIntBuffer();
        trigramHash = section(file, layout.trigramHash, 4L * NgramHash.slots(layout.trigramCount)).asIntBuffer();
    }

    /** Maps the model file at {@code path}; throws {@link ModelUnavailableException} naming it if it cannot. */
    public static TrigramModel open(Path path) {
        try (FileChannel channel = FileChannel.open(path)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the file is larger than 2 GB, not a model file");
            }
            ByteBuffer file = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()).order(ByteOrder.LITTLE_ENDIAN);
            return new TrigramModel(path, file);
        } catch (NoSuchFileException e) {
            throw new ModelUnavailableException("language model not found: " + path + "; " + ModelLocation.howToBuild(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelUnavailableException("cannot read the language model " + path + ": " + e.getMessage()
                    + "; " + ModelLocation.howToBuild(), e);
        }
    }

    /** Opens the model at {@link ModelLocation#defaultPath()}. */
    public static TrigramModel openDefault() {
        return open(ModelLocation.defaultPath());
    }

    public Path path() {
        return path;
    }

    public int vocabularySize() {
        return vocabulary.size();
    }

    /** The id of {@code word} exactly as written (the vocabulary is lower case), or {@link #UNKNOWN}. */
    public int id(String word) {
        return vocabulary.id(word);
    }

    /** The id of {@code word}, else of its lower case ("The" finds "the"), or {@link #UNKNOWN}. */
    public int idIgnoreCase(String word) {
        return vocabulary.idIgnoreCase(word);
    }

    public String word(int id) {
        return vocabulary.word(id);
    }

    /** The id of {@code <s>}, the context of a sentence's first word. */
    public int sentenceStart() {
        return sentenceStart;
    }

    /** The id of {@code </s>}, the word after a sentence's last word. */
    public int sentenceEnd() {
        return sentenceEnd;
    }

    /** log10 P(word), the unigram probability: how common the word is; {@link #unknownLogProb()} if unknown. */
    public float unigramLogProb(int word) {
        return word == UNKNOWN ? unknownLogProb : unigramProb[word];
    }

    /** What an unknown word scores: the log10 probability of the model's rarest word. */
    public float unknownLogProb() {
        return unknownLogProb;
    }

    /**
     * log10 P(w3 | w1 w2) with Katz back-off: the trigram's probability if the model has it, else the
     * back-off weight of (w1 w2) plus log10 P(w3 | w2), which is the bigram's probability or the back-off
     * weight of w2 plus the unigram probability. An {@link #UNKNOWN} context word shortens the context
     * (w1 unknown: log10 P(w3 | w2); w2 unknown: log10 P(w3)); an unknown w3 scores {@link #unknownLogProb()}.
     */
    public float logProb(int w1, int w2, int w3) {
        if (w3 == UNKNOWN) {
            return unknownLogProb;
        }
        if (w2 == UNKNOWN) {
            return unigramProb[w3];
        }
        int context = w1 == UNKNOWN ? -1 : bigram(w1, w2);
        if (context < 0) {
            return bigramLogProb(w2, w3);
        }
        int trigram = find(trigramHash, context, w3, trigramWord, firstTrigram.get(context), firstTrigram.get(context + 1));
        if (trigram >= 0) {
            return trigramProbTable[trigramProb.get(trigram) & 0xffff];
        }
        return bigramBackoffTable[bigramBackoff.get(context) & 0xffff] + bigramLogProb(w2, w3);
    }

    /**
     * The sum of {@link #logProb} over the words {@code ids[from..to)}, each given the two words before it
     * in {@code ids} (also those before {@code from}; {@link #UNKNOWN} before the array's start).
     */
    public double score(int[] ids, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += logProb(i >= 2 ? ids[i - 2] : UNKNOWN, i >= 1 ? ids[i - 1] : UNKNOWN, ids[i]);
        }
        return sum;
    }

    private float bigramLogProb(int w2, int w3) {
        int bigram = bigram(w2, w3);
        return bigram >= 0 ? bigramProbTable[bigramProb.get(bigram) & 0xffff] : unigramBackoff[w2] + unigramProb[w3];
    }

    /** The index of bigram (first second), or -1. */
    private int bigram(int first, int second) {
        return find(bigramHash, first, second, bigramWord, firstBigram[first], firstBigram[first + 1]);
    }

    /**
     * The index of the n-gram ({@code context}, {@code word}) in {@code words}, whose entries
     * {@code from .. to} are the context's, or -1: probes the {@link NgramHash} table until an empty slot.
     */
    private static int find(IntBuffer table, int context, int word, IntBuffer words, int from, int to) {
        if (from == to) {
            return -1;
        }
        int mask = table.capacity() - 1;
        for (int slot = NgramHash.slot(context, word, mask); ; slot = (slot + 1) & mask) {
            int index = table.get(slot) - 1;
            if (index < 0) {
                return -1;
            }
            if (index >= from && index < to && words.get(index) == word) {
                return index;
            }
        }
    }

    private static ByteBuffer section(ByteBuffer file, long at, long bytes) {
        return file.slice((int) at, (int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static float[] floats(ByteBuffer file, long at, int count) {
        float[] values = new float[count];
        section(file, at, 4L * count).asFloatBuffer().get(values);
        return values;
    }

    /** The lowest unigram log10 probability, but that of {@code <s>} (never predicted, so a placeholder -99). */
    private static float rarest(float[] unigramProb, int sentenceStart) {
        float rarest = 0;
        for (int id = 0; id < unigramProb.length; id++) {
            if (id != sentenceStart) {
                rarest = Math.min(rarest, unigramProb[id]);
            }
        }
        return rarest;
    }
}
