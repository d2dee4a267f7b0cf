package dev.unspin.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @Test
    void foldsTypographyAndMapsEveryCharacterBackToTheOriginal() {
        String original = "\uFEFFYoon\u2019s office \u2014 \u201Cfinal\u201D\u00A0week\u2026 co\u00ADoperation";
        NormalizedText view = TextNormalizer.normalize(original);
        assertEquals("Yoon's office - \"final\" week... cooperation", view.text());
        int finalAt = view.text().indexOf("final");
        assertEquals("final", original.substring(view.originalStart(finalAt), view.originalEnd(finalAt + 5)));
        int dots = view.text().indexOf("...");
        assertEquals("\u2026", original.substring(view.originalStart(dots), view.originalEnd(dots + 3)));
        int coop = view.text().indexOf("cooperation");
        assertEquals("co\u00ADoperation", original.substring(view.originalStart(coop), view.originalEnd(coop + 11)));
    }

    @Test
    void plainAsciiIsUnchanged() {
        NormalizedText view = TextNormalizer.normalize("plain text");
        assertEquals("plain text", view.text());
        assertEquals(6, view.originalStart(6));
        assertEquals(10, view.originalEnd(10));
    }
}
