package dev.unspin.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The held-out evaluation's readers: Brown's tagged text, Moby's thesaurus, the cutting into documents, missing data. */
class HeldoutSourcesTest {

    @Test
    void brownTagsAreDroppedAndPunctuationSetAsPrinted() {
        assertEquals("The jury said, \"Only a handful (of them) was received.\"",
                BrownText.sentence("The/at jury/nn said/vbd ,/, ``/`` Only/rb a/at handful/nn (/( of/in them/ppo )/) was/bedz received/vbn ./. ''/''"));
        assertEquals(List.of("A/at b./.", "C/np ./.").size(), BrownText.sentences("\n\tA/at b/nn ./.\n\n\n\tC/np ./.\n").size());
    }

    @Test
    void proseIsCutAtPieceBoundariesIntoDocumentsOfAtLeastTheWordCount() {
        List<ProseChunks.Doc> docs = ProseChunks.cut("src", List.of("one two three.", "four five.", "six seven eight.", "nine ten."), " ", 5);
        assertEquals(List.of(new ProseChunks.Doc("src-1", "one two three. four five."), new ProseChunks.Doc("src-2", "six seven eight. nine ten.")), docs);
        assertEquals(1, ProseChunks.cut("src", List.of("one two three.", "four five.", "six."), " ", 5).size(), "a short remainder is dropped");
    }

    @Test
    void mobyKeepsOneWordSynonymsOfLettersForAnyPartOfSpeech(@TempDir Path dir) throws IOException {
        Path words = dir.resolve("words.txt");
        Files.writeString(words, "big,large,great big,huge,X-ray,big\nnew-ish,fresh\nsmall,little\n");
        MobyThesaurus moby = MobyThesaurus.read(words);
        assertEquals(2, moby.headwords());
        assertEquals(Set.of("large", "huge"), moby.synonyms("big", net.sf.extjwnl.data.POS.VERB));
        assertTrue(moby.synonyms("tiny", net.sf.extjwnl.data.POS.ADJECTIVE).isEmpty());
    }

    @Test
    void aFileWithoutEntriesIsNamed(@TempDir Path dir) throws IOException {
        Path words = dir.resolve("words.txt");
        Files.writeString(words, "<html>not found</html>\n");
        IOException e = assertThrows(IOException.class, () -> MobyThesaurus.read(words));
        assertTrue(e.getMessage().startsWith(words + ": "), e.getMessage());
    }

    @Test
    void missingDataNamesTheDirectoryAndTheCommandThatFetchesIt(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> GenreTexts.load(dir, dir, 500));
        assertTrue(e.getMessage().contains(dir.resolve("brown").toString()) && e.getMessage().contains("scripts/heldout-data"), e.getMessage());
    }
}
