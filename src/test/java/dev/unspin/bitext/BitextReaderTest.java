package dev.unspin.bitext;

import dev.unspin.bilingual.BilingualDictionaries;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleSelection;
import dev.unspin.input.InputFormat;
import dev.unspin.text.ProseMask;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BitextReaderTest {

    /** Every character of every target maps back onto the file: the same character, or the escape or entity written for it. */
    private static void assertMapped(String file, Bitext bitext) {
        for (Segment s : bitext.segments()) {
            MappedText t = s.target();
            for (int i = 0; i < t.text().length(); i++) {
                String written = file.substring(t.starts()[i], t.ends()[i]);
                assertTrue(written.equals(String.valueOf(t.text().charAt(i))) || written.startsWith("&") || written.startsWith("\\"),
                        s.id() + ": '" + t.text().charAt(i) + "' mapped to '" + written + "'");
            }
        }
    }

    @Test
    void poStringsDecodeEscapesAndContinueOverLines() {
        String po = "msgid \"\"\nmsgstr \"Language: en_GB\\n\"\n\nmsgctxt \"menu\"\nmsgid \"Datei \\\"öffnen\\\"\"\nmsgstr \"\"\n"
                + "\"Open \\\"file\\\"\\n\"\n\"now\"\n\n#~ msgid \"alt\"\n#~ msgstr \"old\"\n";
        Bitext bitext = BitextReader.read(InputFormat.PO, po, null);
        assertEquals(1, bitext.segments().size());
        Segment s = bitext.segments().get(0);
        assertEquals("Datei \"öffnen\"", s.source());
        assertEquals("Open \"file\"\nnow", s.targetText());
        assertEquals("menu|Datei \"öffnen\"", s.id());
        assertEquals(7, s.line());
        assertEquals(2, s.column());
        assertMapped(po, bitext);
    }

    @Test
    void poInAnotherTargetLanguageOrMalformedIsRefused() {
        BitextFormatException german = assertThrows(BitextFormatException.class,
                () -> BitextReader.read(InputFormat.PO, "msgid \"\"\nmsgstr \"Language: de\\n\"\n", null));
        assertEquals("target language is de; unspin checks translations into English", german.getMessage());
        BitextFormatException bad = assertThrows(BitextFormatException.class,
                () -> BitextReader.read(InputFormat.PO, "msgid \"a\"\nmsgstr \"b\"\nnonsense here\n", null));
        assertEquals("line 3: not a PO line: nonsense here", bad.getMessage());
    }

    @Test
    void xliff12UnitsWithoutTargetAreUntranslatedAndCodesAreKeyed() {
        String xlf = "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                + "<file source-language=\"ja\" target-language=\"en\" datatype=\"plaintext\" original=\"a\"><body>\n"
                + "<trans-unit id=\"a\"><source>保存<x id=\"1\"/>する</source><target>Save<x id=\"1\"/> it</target></trans-unit>\n"
                + "<trans-unit id=\"b\"><source>閉じる</source></trans-unit>\n"
                + "<trans-unit id=\"c\" translate=\"no\"><source>ID</source></trans-unit>\n"
                + "</body></file></xliff>\n";
        Bitext bitext = BitextReader.read(InputFormat.XLIFF, xlf, null);
        assertEquals(Optional.of("ja"), bitext.sourceLanguage());
        assertEquals(2, bitext.segments().size());
        Segment a = bitext.segments().get(0);
        assertEquals("Save it", a.targetText());
        assertEquals(List.of("x#1"), a.targetCodes().stream().map(InlineCode::key).toList());
        assertEquals("<x id=\"1\"/>", xlf.substring(a.targetCodes().get(0).start(), a.targetCodes().get(0).end()));
        assertMapped(xlf, bitext);
        List<Finding> found = new SourceChecks(Glossary.EMPTY, LengthRatios.CALIBRATED, BilingualDictionaries.NONE).check(bitext, "ja", RuleSelection.ALL);
        assertEquals(List.of("source/untranslated"), found.stream().map(Finding::rule).toList());
        assertEquals("<trans-unit id=\"b\">", xlf.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void theMaskLeavesOnlyTargetTextAsProse() {
        String tmx = "<tmx version=\"1.4\"><header srclang=\"de\"/><body>\n<tu><tuv xml:lang=\"de\"><seg>Hallo Welt</seg></tuv>"
                + "<tuv xml:lang=\"en\"><seg>Hello <ph x=\"1\">&lt;br/&gt;</ph>world &amp; all</seg></tuv></tu></body></tmx>";
        Bitext bitext = BitextReader.read(InputFormat.TMX, tmx, null);
        assertEquals("Hello world & all", bitext.segments().get(0).targetText());
        StringBuilder prose = new StringBuilder();
        int from = 0;
        for (ProseMask.Range r : bitext.mask().nonProse()) {
            prose.append(tmx, from, r.start()).append('|');
            from = r.end();
        }
        assertEquals("|Hello |world | all|", prose.toString());
    }

    @Test
    void tsvTakesItsNamedColumns() {
        String tsv = "id\ttarget\tsource\nk1\tSave\tSpeichern\nk2\tOpen 2 files\tÖffne 3 Dateien\n";
        Bitext bitext = BitextReader.read(InputFormat.TSV, tsv, null);
        assertEquals(List.of("k1", "k2"), bitext.segments().stream().map(Segment::id).toList());
        assertEquals("Öffne 3 Dateien", bitext.segments().get(1).source());
        assertEquals(tsv.indexOf("Open 2 files"), bitext.segments().get(1).target().fileStart(0));
        BitextFormatException short1 = assertThrows(BitextFormatException.class, () -> BitextReader.read(InputFormat.TSV, "a\tb\nc\n", null));
        assertEquals("line 2: 1 column, expected a source and a target column separated by a tab", short1.getMessage());
    }

    @Test
    void textInTheSourcesScriptIsFlaggedInEveryScriptButLatin() {
        SourceChecks checks = new SourceChecks(Glossary.EMPTY, LengthRatios.CALIBRATED, BilingualDictionaries.NONE);
        String source = "a\nb\nc\nd\ne\n";
        String target = "Save 文件 now\nOpen ファイル\nthe 서버 is up\nthe Москва office\nthe café in Zürich\n";
        List<Finding> found = checks.check(BitextReader.read(InputFormat.TEXT, target, source), "", RuleSelection.ALL);
        assertEquals(List.of("文件", "ファイル", "서버", "Москва"), found.stream().map(f -> target.substring(f.start(), f.end())).toList());
        assertTrue(found.get(0).message().contains("han text"), found.get(0).message());
    }
}
