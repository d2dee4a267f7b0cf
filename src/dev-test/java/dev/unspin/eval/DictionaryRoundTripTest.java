package dev.unspin.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FreeDict round trip on two small dictionaries in the dictd text format, written here. */
class DictionaryRoundTripTest {
    @TempDir
    Path dir;

    private void dict(String name, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aWordGoesThroughGermanAndComesBackAsAnotherWordingAndTheLabelsRestoreTheText() throws IOException {
        dict("freedict-eng-deu.dict.dz", """
                house /hˈaʊs/
                Haus <neut>
                      "a big house"  - ein großes Haus
                 see: {houses}

                """);
        dict("freedict-deu-eng.dict.dz", """
                Haus /hˈaʊs/ <neut, n, sg>
                 [adm.] establishment <n>, house <n>
                   Synonyms: {Einrichtung}

                """);
        TestSpinner spinner = TestSpinner.dictionaryRoundTrip(dir, 1.0, 0);
        String text = "Our house stood there.";
        int roundTrips = 0;
        for (long seed = 0; seed < 10; seed++) { // the round trip competes with filler ("actually house") for the word
            String marked = spinner.withSeed(seed).spin("a.txt", text);
            roundTrips += marked.contains("{{establishment|house}}") ? 1 : 0;
            assertEquals(text, marked.replaceAll("\\{\\{[^|{}]*\\|([^{}]*)}}", "$1"));
            assertTrue(!marked.contains("{{house|"), marked);
        }
        assertTrue(roundTrips > 0);
    }

    @Test
    void missingDictionariesSayHowToInstallThem() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> TestSpinner.dictionaryRoundTrip(dir, 0.3, 1));
        assertTrue(e.getMessage().contains("apt-get install dict-freedict-eng-deu dict-freedict-deu-eng"), e.getMessage());
    }
}
