package dev.unspin.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContextWindowTest {
    private static final TrigramModel MODEL = TrigramModel.openDefault();
    private static final ContextWindow WINDOW = new ContextWindow(MODEL);

    private static int[] sentence(String text) {
        String[] words = text.split(" ");
        int[] ids = new int[words.length + 2];
        ids[0] = MODEL.sentenceStart();
        for (int i = 0; i < words.length; i++) {
            ids[i + 1] = MODEL.id(words[i]);
        }
        ids[ids.length - 1] = MODEL.sentenceEnd();
        return ids;
    }

    @Test
    void replacingAWordWithItselfGainsNothing() {
        int[] ids = sentence("the nuclear weapons program was halted");
        assertEquals(0, WINDOW.gain(ids, 3, 4, new int[]{MODEL.id("weapons")}), 1e-9);
    }

    @Test
    void theOriginalOfASpunWordGainsAndTheWindowMayChangeLength() {
        int[] ids = sentence("the nuclear fingers program was halted");
        assertTrue(WINDOW.gain(ids, 3, 4, new int[]{MODEL.id("weapons")}) > 2);
        int[] weather = sentence("they discussed local weather change policy");
        assertTrue(WINDOW.gain(weather, 3, 5, new int[]{MODEL.id("climate")}) > 1, "two words for one");
        int[] end = sentence("they talked about the guns");
        assertTrue(WINDOW.gain(end, 5, 6, new int[]{MODEL.id("weapons")}) != 0, "at the sentence end");
    }
}
