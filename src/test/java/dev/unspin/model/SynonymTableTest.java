package dev.unspin.model;

import dev.unspin.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synonym table the build made (target/model/wordnet-synonyms.bin) against WordNet 3.1's synsets. */
class SynonymTableTest {
    private static final SynonymTable TABLE = SynonymTable.openDefault();
    private static final TrigramModel MODEL = TrigramModel.openDefault();
    private static final Lexicon LEXICON = Lexicon.english();

    @Test
    void aSpunWordLeadsBackToTheWordsItMayHaveReplaced() {
        assertTrue(TABLE.candidates("grangers").contains("farmers"), "a form the model does not know is a key");
        assertTrue(TABLE.candidates("weapons").contains("arms"));
        assertTrue(TABLE.candidates("gun").contains("artillery"), "WordNet: {artillery, heavy weapon, gun, ordnance}");
        assertTrue(TABLE.candidates("guns").contains("gunmen"), "{gunman, gun}: another sense");
        assertTrue(TABLE.candidates("bought").contains("purchased"));
        assertTrue(TABLE.candidates("purchased").contains("bought"), "synonymy is symmetric");
    }

    @Test
    void candidatesAreInflectedLikeTheForm() {
        for (String past : List.of("bought", "created", "built", "purchased")) {
            assertTrue(!TABLE.candidates(past).isEmpty(), past);
            for (String candidate : TABLE.candidates(past)) {
                assertTrue(hasTag(candidate, Set.of("VBD", "VBN")), past + " -> " + candidate + " is not a past form");
            }
        }
        for (String candidate : TABLE.candidates("guns")) {
            assertTrue(hasTag(candidate, Set.of("NNS")), "guns -> " + candidate + " is not a plural");
        }
        for (String candidate : TABLE.candidates("bigger")) {
            assertTrue(hasTag(candidate, Set.of("JJR")), "bigger -> " + candidate + " is not a comparative");
        }
    }

    @Test
    void functionWordsAreNeitherKeysNorCandidates() {
        List<String> functionWords = List.of("the", "and", "of", "he", "is", "has", "does", "could", "will", "that");
        for (String word : functionWords) {
            assertEquals(List.of(), TABLE.candidates(word), word);
        }
        for (int id = 0; id < MODEL.vocabularySize(); id++) {
            for (int candidate : TABLE.candidates(id)) {
                assertTrue(!functionWords.contains(MODEL.word(candidate)), MODEL.word(id) + " -> " + MODEL.word(candidate));
            }
        }
    }

    @Test
    void idsAreTheModelsAndTheMostCommonComeFirst() {
        for (String form : List.of("guns", "made", "running", "quickly")) {
            int[] ids = TABLE.candidates(MODEL.id(form));
            assertTrue(ids.length > 1 && ids.length <= SynonymTableConverter.MAX_CANDIDATES, form + ": " + ids.length);
            assertEquals(TABLE.candidates(form), Arrays.stream(ids).mapToObj(MODEL::word).toList());
            for (int i = 1; i < ids.length; i++) {
                assertTrue(MODEL.unigramLogProb(ids[i - 1]) >= MODEL.unigramLogProb(ids[i]), form);
            }
        }
    }

    @Test
    void unknownWordsHaveNoCandidates() {
        assertEquals(List.of(), TABLE.candidates("qwzxv"));
        assertEquals(List.of(), TABLE.candidates(""));
        assertEquals(List.of(), TABLE.candidates("Weapons"), "forms are lower case");
        assertArrayEquals(new int[0], TABLE.candidates(TrigramModel.UNKNOWN));
        assertArrayEquals(new int[0], TABLE.candidates(MODEL.vocabularySize()));
    }

    @Test
    void aMissingOrForeignFileIsAClearError(@TempDir Path folder) throws IOException {
        Path missing = folder.resolve("wordnet-synonyms.bin");
        ModelUnavailableException notFound = assertThrows(ModelUnavailableException.class, () -> SynonymTable.open(missing));
        assertTrue(notFound.getMessage().contains(missing.toString()) && notFound.getMessage().contains("mvn"),
                notFound.getMessage());
        Files.writeString(missing, "not a table, but long enough to hold a header");
        ModelUnavailableException foreign = assertThrows(ModelUnavailableException.class, () -> SynonymTable.open(missing));
        assertTrue(foreign.getMessage().contains("not an unspin synonym table"), foreign.getMessage());
    }

    private static boolean hasTag(String form, Set<String> tags) {
        return LEXICON.analyse(form).stream().anyMatch(reading -> tags.contains(reading.tag()));
    }
}
