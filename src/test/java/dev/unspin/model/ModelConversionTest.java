package dev.unspin.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The converted model (the one the build wrote to target/model) scores exactly as the Sphinx model it came from
 * (read with the test-scope sphinx4-data jar).
 */
class ModelConversionTest {
    private static final float EXACT = 1e-6f;

    @TempDir
    static Path folder;

    static SphinxTrieFile sphinx;
    static SphinxReference reference;
    static TrigramModel model;

    @BeforeAll
    static void convert() throws IOException {
        try (InputStream in = ModelConversionTest.class.getClassLoader().getResourceAsStream(ModelConverter.SOURCE)) {
            sphinx = SphinxTrieFile.read(in);
        }
        reference = new SphinxReference(sphinx);
        model = TrigramModel.openDefault();
    }

    @Test
    void keepsTheCountsAndTheVocabulary() {
        assertEquals(72_547, sphinx.vocabularySize());
        assertEquals(2_051_547, sphinx.bigramCount());
        assertEquals(1_669_625, sphinx.trigramCount());
        assertEquals(sphinx.vocabularySize(), model.vocabularySize());
        for (int id = 0; id < sphinx.vocabularySize(); id += 97) {
            assertEquals(id, model.id(sphinx.word(id)), sphinx.word(id));
        }
        assertEquals("<s>", model.word(model.sentenceStart()));
        assertEquals("</s>", model.word(model.sentenceEnd()));
    }

    @Test
    void unigramsAreTheSphinxValuesInLog10() {
        int the = model.id("the");
        assertEquals(-1.32, model.unigramLogProb(the), 0.1, "'the' is about 5% of English words");
        for (int id = 0; id < sphinx.vocabularySize(); id++) {
            if (id != model.sentenceStart()) {
                assertEquals(sphinx.unigramLogProb(id), model.logProb(TrigramModel.UNKNOWN, TrigramModel.UNKNOWN, id), EXACT);
            }
        }
    }

    @Test
    void everyStoredBigramAndTrigramScoresItsSphinxProbability() {
        int bigrams = 0;
        int trigrams = 0;
        for (int word = 0; word < sphinx.vocabularySize(); word += 29) {
            int last = word;
            for (int e = sphinx.firstBigramEndingIn(last); e < sphinx.firstBigramEndingIn(last + 1); e++) {
                int middle = sphinx.bigramPreviousWord(e);
                assertEquals(reference.logProb(TrigramModel.UNKNOWN, middle, last),
                        model.logProb(TrigramModel.UNKNOWN, middle, last), EXACT);
                bigrams++;
                for (int t = sphinx.firstTrigram(e); t < sphinx.firstTrigram(e + 1); t++) {
                    int first = sphinx.trigramFirstWord(t);
                    assertEquals(reference.logProb(first, middle, last), model.logProb(first, middle, last), EXACT,
                            () -> sphinx.word(first) + " " + sphinx.word(middle) + " " + sphinx.word(last));
                    trigrams++;
                }
            }
        }
        assertTrue(bigrams > 30_000 && trigrams > 30_000, bigrams + " bigrams, " + trigrams + " trigrams");
    }

    @Test
    void backOffCasesMatchSphinx() {
        Random random = new Random(7);
        int viaBigramBackoff = 0;
        for (int i = 0; i < 8_000; i++) {
            int w1 = random.nextInt(sphinx.vocabularySize());
            int w2 = commonWord(random);
            int w3 = commonWord(random);
            if (reference.bigramEntry(w1, w2) >= 0) {
                viaBigramBackoff++;
            }
            assertEquals(reference.logProb(w1, w2, w3), model.logProb(w1, w2, w3), EXACT);
        }
        int nuclear = model.id("nuclear");
        int weapons = model.id("weapons");
        int zebra = model.id("zebra");
        assertTrue(reference.bigramEntry(nuclear, weapons) >= 0 && reference.bigramEntry(weapons, zebra) < 0);
        assertEquals(reference.logProb(nuclear, weapons, zebra), model.logProb(nuclear, weapons, zebra), EXACT);
        assertTrue(viaBigramBackoff > 40, viaBigramBackoff + " samples backed off from a stored bigram");
    }

    @Test
    void theConverterSkipsAnUpToDateFile() throws Exception {
        Path file = folder.resolve("built/en-us-3gram.bin");
        Files.createDirectories(file.getParent());
        Files.copy(model.path(), file);
        ModelConverter.main(new String[] {file.toString()});
        FileTime written = Files.getLastModifiedTime(file);
        ModelConverter.main(new String[] {file.toString()});
        assertEquals(written, Files.getLastModifiedTime(file), "an up-to-date model is not rewritten");
        Files.write(file, new byte[] {1, 2, 3});
        ModelConverter.main(new String[] {file.toString()});
        assertNotEquals(3, Files.size(file), "a file this version cannot read is rebuilt");
        assertEquals(model.vocabularySize(), TrigramModel.open(file).vocabularySize());
    }

    /** A common word (or one of the sanity examples'), so that the samples meet stored n-grams. */
    private static int commonWord(Random random) {
        String[] common = {"the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with",
                "he", "as", "i", "his", "be", "at", "by", "this", "had", "not", "are", "but", "from", "or", "have",
                "an", "they", "which", "you", "were", "her", "she", "there", "would", "their", "we", "him",
                "been", "has", "when", "who", "will", "more", "no", "if", "out", "so", "said", "what", "up",
                "its", "about", "into", "than", "them", "can", "only", "other", "new", "some", "could", "time",
                "these", "two", "may", "then", "do", "first", "any", "my", "now", "such", "like", "our", "over",
                "man", "me", "even", "most", "made", "after", "also", "did", "many", "before", "must", "through",
                "years", "where", "much", "your", "way", "well", "down", "should", "because", "each", "just",
                "government", "security", "nuclear", "weapons", "program", "climate", "change", "president"};
        return model.id(common[random.nextInt(common.length)]);
    }
}
