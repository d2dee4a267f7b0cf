package dev.unspin.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationFileTest {

    private static String packagedText() throws IOException {
        try (InputStream in = CalibrationFile.class.getClassLoader().getResourceAsStream(CalibrationFile.PACKAGED)) {
            assertNotNull(in, CalibrationFile.PACKAGED + " is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ModelSettings read(String text) throws IOException {
        return CalibrationFile.read("test.properties", new StringReader(text));
    }

    private static String refusal(String text) {
        return assertThrows(IllegalStateException.class, () -> read(text)).getMessage();
    }

    @Test
    void thePackagedFileLoadsAndIsTheDefault() throws IOException {
        assertEquals(ModelSettings.DEFAULT, CalibrationFile.packaged());
        assertEquals(ModelSettings.DEFAULT, read(packagedText()));
    }

    @Test
    void everyValueComesFromItsNamedKey() throws IOException {
        String text = packagedText().replace("thesaurus.slope = 0.05", "thesaurus.slope = 0.07")
                .replace("pooled.minimum = 5", "pooled.minimum = 6");
        ModelSettings settings = read(text);
        assertEquals(0.07, settings.thesaurus().slope());
        assertEquals(0.05, settings.unknownWords().slope(), "the other sources keep theirs");
        assertEquals(6, settings.pooledMinimum());
    }

    @Test
    void aMissingKeyIsNamedWithTheFile() throws IOException {
        String text = packagedText().replaceFirst("(?m)^unknownWords\\.weakBand = .*$", "");
        assertEquals("test.properties: missing key unknownWords.weakBand", refusal(text));
    }

    @Test
    void aMalformedValueIsNamedWithTheFileAndTheKey() throws IOException {
        assertEquals("test.properties: swaps.margin = '3,25' is not a decimal number such as 3.25",
                refusal(packagedText().replace("swaps.margin = 3.25", "swaps.margin = 3,25")));
        assertEquals("test.properties: thesaurus.ceiling = '' is not a decimal number such as 3.25",
                refusal(packagedText().replace("thesaurus.ceiling = 0.8", "thesaurus.ceiling =")));
        assertEquals("test.properties: swaps.floor = 'NaN' is not a decimal number such as 3.25",
                refusal(packagedText().replace("swaps.floor = 0.55", "swaps.floor = NaN")));
        assertEquals("test.properties: pooled.minimum = '5.5' is not a whole number such as 5",
                refusal(packagedText().replace("pooled.minimum = 5", "pooled.minimum = 5.5")));
    }

    @Test
    void anUnknownKeyIsRefusedSoThatATypoIsNotIgnored() throws IOException {
        String message = refusal(packagedText() + "\nswaps.marginn = 3\n");
        assertTrue(message.startsWith("test.properties: unknown key swaps.marginn"), message);
    }
}
