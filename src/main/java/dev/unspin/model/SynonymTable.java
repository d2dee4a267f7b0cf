package dev.unspin.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reverse thesaurus built from WordNet 3.1 at build time ({@link SynonymTableConverter}): for a word form
 * of the language model, the forms a spinner may have replaced with it, i.e. the other one-word lemmas of
 * every synset holding one of its lemmas (any sense, any part of speech), inflected like it, most common
 * first (the model's unigram probability), at most {@link SynonymTableConverter#MAX_CANDIDATES}.
 * "grangers" gives "farmers", "husbandmen"; a function word or a word the table does not know gives nothing.
 *
 * <p>The keys are the model's words and the forms of WordNet's one-word lemmas the model does not know (a
 * spinner's rare words, "grangers"); the candidates are always words of the model. Ids are those of the
 * language model the table was built from ({@link TrigramModel#id}). The candidate arrays are memory-mapped;
 * the heap holds the word list. Thread-safe: nothing changes after {@link #open}.
 *
 * <p>File layout (little-endian): header "UNSPINSY", version, the model's vocabulary size V, form count F (V
 * and more), candidate count C, word-list bytes; int[F+1] first candidate of each form; int[C] candidate ids;
 * the F forms, UTF-8, each ended by '\n', the model's words first in id order.
 */
public final class SynonymTable {
    public static final String FILE_NAME = "wordnet-synonyms.bin";
    static final long MAGIC = 0x59534e4950534e55L; // "UNSPINSY" read little-endian
    static final int VERSION = 1;
    static final int HEADER_BYTES = 28;
    private static final int[] NONE = new int[0];

    private final int modelVocabularySize;
    private final Vocabulary forms;
    private final IntBuffer first;
    private final IntBuffer candidates;

    private SynonymTable(ByteBuffer file) {
        if (file.capacity() < HEADER_BYTES || file.getLong(0) != MAGIC) {
            throw new IllegalArgumentException("not an unspin synonym table");
        }
        if (file.getInt(8) != VERSION) {
            throw new IllegalArgumentException("synonym table version " + file.getInt(8) + ", this unspin reads version "
                    + VERSION + "; rebuild it");
        }
        modelVocabularySize = file.getInt(12);
        int formCount = file.getInt(16);
        int candidateCount = file.getInt(20);
        int wordBytes = file.getInt(24);
        long words = HEADER_BYTES + 4L * (formCount + 1) + 4L * candidateCount;
        if (formCount < modelVocabularySize || candidateCount < 0 || wordBytes < 0 || file.capacity() != words + wordBytes) {
            throw new IllegalArgumentException("the file has " + file.capacity() + " bytes, its header says "
                    + (words + wordBytes) + " (truncated?)");
        }
        first = slice(file, HEADER_BYTES, 4L * (formCount + 1)).asIntBuffer();
        candidates = slice(file, HEADER_BYTES + 4L * (formCount + 1), 4L * candidateCount).asIntBuffer();
        byte[] utf8 = new byte[wordBytes];
        file.get((int) words, utf8);
        forms = Vocabulary.parse(utf8, formCount);
    }

    /** Maps the table at {@code path}; throws {@link ModelUnavailableException} naming it if it cannot. */
    public static SynonymTable open(Path path) {
        try (FileChannel channel = FileChannel.open(path)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the file is larger than 2 GB, not a synonym table");
            }
            return new SynonymTable(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size())
                    .order(ByteOrder.LITTLE_ENDIAN));
        } catch (NoSuchFileException e) {
            throw new ModelUnavailableException("synonym table not found: " + path + "; " + howToBuild(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelUnavailableException("cannot read the synonym table " + path + ": " + e.getMessage()
                    + "; " + howToBuild(), e);
        }
    }

    /** Opens {@link #FILE_NAME} beside the language model ({@link ModelLocation#defaultPath()}). */
    public static SynonymTable openDefault() {
        return open(ModelLocation.defaultPath().resolveSibling(FILE_NAME));
    }

    /**
     * The model ids of the forms the model's word {@code formId} may have replaced, most common first; empty if
     * none or {@link TrigramModel#UNKNOWN}. (For a word the model does not know, ask {@link #candidates(String)}.)
     */
    public int[] candidates(int formId) {
        if (formId < 0 || formId >= modelVocabularySize) {
            return NONE;
        }
        int from = first.get(formId);
        int[] result = new int[first.get(formId + 1) - from];
        candidates.get(from, result);
        return result;
    }

    /** The forms {@code form} (lower case) may have replaced, most common first; empty if none or unknown. */
    public List<String> candidates(String form) {
        int formId = forms.id(form);
        if (formId == TrigramModel.UNKNOWN) {
            return List.of();
        }
        int from = first.get(formId);
        int to = first.get(formId + 1);
        List<String> words = new ArrayList<>(to - from);
        for (int at = from; at < to; at++) {
            words.add(forms.word(candidates.get(at)));
        }
        return words;
    }

    private static ByteBuffer slice(ByteBuffer file, long at, long bytes) {
        return file.slice((int) at, (int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static String howToBuild() {
        return "build it with `mvn -DskipTests package` (it becomes target/model/" + FILE_NAME
                + ", beside the language model)";
    }
}
