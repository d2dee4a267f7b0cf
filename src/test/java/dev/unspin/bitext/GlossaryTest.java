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

    @Test
    void tbxConceptsGiveSourceTermsTheirEnglishTermAndForbidTheDeprecatedOnes() throws IOException {
        Path file = dir.resolve("terms.tbx");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX-Basic" xml:lang="en">
                  <text><body>
                    <termEntry id="c1">
                      <langSet xml:lang="de"><tig><term>Datei</term></tig></langSet>
                      <langSet xml:lang="fr"><tig><term>fichier</term></tig></langSet>
                      <langSet xml:lang="en">
                        <tig><term>document</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                        <ntig><termGrp><term>file</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
                      </langSet>
                    </termEntry>
                    <termEntry id="c2">
                      <langSet xml:lang="en-US"><tig><term>whitelist</term>
                        <termNote type="normativeAuthorization">deprecatedTerm</termNote></tig></langSet>
                    </termEntry>
                  </body></text>
                </martif>
                """);
        List<Glossary.Term> terms = Glossary.read(file).terms();
        assertEquals(List.of("Datei|file|[document]", "fichier|file|[document]", "||[whitelist]"),
                terms.stream().map(t -> t.source() + "|" + t.target() + "|" + t.forbidden()).toList());
        assertTrue(terms.get(0).inTarget("Two files").isPresent());
    }

    @Test
    void unsafeOrForeignTbxIsOneLineNamingTheFile() throws IOException {
        Path xxe = dir.resolve("xxe.tbx");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<martif>&x;</martif>\n");
        Glossary.GlossaryException e = assertThrows(Glossary.GlossaryException.class, () -> Glossary.read(xxe));
        assertTrue(e.getMessage().startsWith(xxe + ": not accepted as XML at line 2"), e.getMessage());
        Path other = dir.resolve("other.tbx");
        Files.writeString(other, "<?xml version=\"1.0\"?>\n<html><body/></html>\n");
        assertEquals(other + ": no termEntry or conceptEntry: not a TBX glossary",
                assertThrows(Glossary.GlossaryException.class, () -> Glossary.read(other)).getMessage());
    }
}
