package dev.unspin.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MtNoiseSpinnerTest {
    private static final MtNoiseTable TABLE = read(Path.of("samples/heldout/mt-noise.tsv"));

    private static MtNoiseTable read(Path file) {
        try {
            return MtNoiseTable.read(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> proposals(String text) {
        return new MtNoiseSpinner(TABLE).candidates(text, SpinWords.of(text), new Random(1)).stream()
                .map(r -> text.substring(r.start(), r.end()) + " -> " + r.spun()).toList();
    }

    @Test
    void everyErrorClassIsProposed() {
        List<String> p = proposals("At the same time the minister's decisions made important changes in the government.");
        assertTrue(p.contains("time -> weather"), p.toString());
        assertTrue(p.contains("the same -> same"), p.toString());
        assertTrue(p.contains("minister's decisions -> decisions of the minister"), p.toString());
        assertTrue(p.contains("in -> on") || p.contains("in -> at"), p.toString());
        assertTrue(p.contains("important changes -> changes important"), p.toString());
        assertTrue(p.contains("government -> gobierno"), p.toString());
    }

    @Test
    void namesAndCapitalisedWordsAreLeftAlone() {
        List<String> p = proposals("Government House and Time Square");
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void spunTextRestoresTheCleanTextAndMarksEverySwap() throws IOException {
        String text = Files.readString(Path.of("samples/heldout/clean/news-trade-agreement.txt"));
        String marked = TestSpinner.machineTranslation(TABLE, 0.10, 1).spin("a.txt", text);
        LabelledText labelled = LabelledText.parse(marked);
        assertFalse(labelled.gold().isEmpty());
        assertEquals(text, marked.replaceAll("\\{\\{[^|{}]*\\|([^{}]*)}}", "$1"));
    }

    @Test
    void aBadTableLineIsNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("mt.tsv");
        Files.writeString(bad, "# comment\nsense\ttime\tweather\nsynonym\tbig\tlarge\n");
        IOException e = assertThrows(IOException.class, () -> MtNoiseTable.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":3: "), e.getMessage());
    }
}
