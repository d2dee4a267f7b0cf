package dev.unspin.bitext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlossaryTest {
    @TempDir
    Path dir;

    /** A glossary from CSV text (written to a temporary file: Glossary reads files). */
    static Glossary glossary(String csv) {
        try {
            Path file = Files.createTempFile("glossary", ".csv");
            try {
                Files.writeString(file, csv);
                return Glossary.read(file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void termsMatchWholeWordsIgnoringCaseAndPluralsInTheTarget() {
        Glossary g = glossary("source,target,forbidden\nDatei,file,document|record\n服务器,server,\n,,whitelist\n");
        Glossary.Term datei = g.terms().get(0);
        assertTrue(datei.inSource("Die DATEI ist leer."));
        assertTrue(datei.inTarget("Two Files were saved").isPresent());
        assertTrue(datei.inTarget("a profile").isEmpty(), "not inside a word");
        assertEquals(List.of("document", "record"), datei.forbidden());
        assertTrue(g.terms().get(1).inSource("服务器已重启"), "Chinese terms match without word boundaries");
        assertEquals("", g.terms().get(2).source(), "a row without source forbids everywhere");
    }

    @Test
    void problemsNameTheFileAndLine() throws IOException {
        Path file = dir.resolve("g.csv");
        Files.writeString(file, "source,target\nDatei,\n");
        Glossary.GlossaryException e = assertThrows(Glossary.GlossaryException.class, () -> Glossary.read(file));
        assertEquals(file + ":2: a row needs a source and a target term, or forbidden terms", e.getMessage());
        Glossary.GlossaryException missing = assertThrows(Glossary.GlossaryException.class, () -> Glossary.read(dir.resolve("none.csv")));
        assertTrue(missing.getMessage().startsWith(dir.resolve("none.csv") + ": cannot read"), missing.getMessage());
    }
}
