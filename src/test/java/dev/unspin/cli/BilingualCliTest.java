package dev.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bilingual files as a new user writes them (a PO file, an XLIFF 2.0 file with inline codes, a TMX
 * file), each with a number changed, a placeholder dropped, an untranslated segment and a glossary
 * violation: check reports exactly those, at the target's line and column, with every detector on;
 * fix changes only target text and leaves the files readable; hostile XML is refused by name.
 */
class BilingualCliTest {
    @TempDir
    Path dir;

    @Test
    void poFileGetsExactlyItsFourFindings() throws Exception {
        assertEquals(List.of(
                "source/number-mismatch 17:29 94.90",
                "source/placeholder-mismatch 22:9 Welcome back!",
                "source/glossary-forbidden 26:13 document",
                "source/untranslated 30:9 Bitte versuchen Sie es später noch einmal."), findings("messages.po"));
    }

    @Test
    void xliff2FileWithInlineCodesGetsExactlyItsFourFindings() throws Exception {
        assertEquals(List.of(
                "source/number-mismatch 13:33 5.2",
                "source/placeholder-mismatch 19:17 Uploading the file <pc id=\"1\"></pc> …",
                "source/untranslated 25:17 Ich akzeptiere die AGB &amp; die Datenschutzerklärung.",
                "source/glossary-forbidden 31:50 document"), findings("app.xlf"));
    }

    @Test
    void tmxFileGetsExactlyItsFourFindings() throws Exception {
        assertEquals(List.of(
                "source/placeholder-mismatch 8:34 Welcome, <bpt i=\"1\">&lt;b&gt;</bpt><ept i=\"1\">&lt;/b&gt;</ept>!",
                "source/number-mismatch 12:48 1,399.00",
                "source/untranslated 16:34 Merci de votre confiance.",
                "source/glossary-forbidden 20:43 document"), findings("memory.tmx"));
    }

    @Test
    void jsonReportScoresEverySegment() throws Exception {
        Path file = copy("app.xlf");
        JsonNode doc = json(run("check", "--format", "json", "--detectors", "source", "--glossary", copy("glossary.csv").toString(),
                file.toString()).out()).get("documents").get(0);
        JsonNode segments = doc.get("segments");
        assertEquals(6, segments.size());
        assertEquals("greeting", segments.get(0).get("id").asText());
        assertEquals(100.0, segments.get(0).get("score").asDouble());
        assertEquals("storage", segments.get(1).get("id").asText());
        assertEquals(13, segments.get(1).get("line").asInt());
        assertEquals("Es sind noch 2,5 GB Speicher frei.", segments.get(1).get("source").asText());
        assertEquals(1, segments.get(1).get("findings").asInt());
        assertTrue(segments.get(1).get("score").asDouble() < 100);
        assertTrue(doc.get("translationScore").asDouble() < 100);
    }

    @Test
    void sarifMarkdownAndHtmlReportsScoreTheFileAndItsSegments() throws Exception {
        Path file = copy("app.xlf");
        String glossary = copy("glossary.csv").toString();
        String score = json(run("check", "--format", "json", "--detectors", "source", "--glossary", glossary, file.toString()).out())
                .get("documents").get(0).get("translationScore").asText();
        JsonNode sarif = json(run("check", "--format", "sarif", "--detectors", "source", "--glossary", glossary, file.toString()).out())
                .get("runs").get(0);
        JsonNode artifact = sarif.get("artifacts").get(0);
        assertTrue(artifact.get("location").get("uri").asText().endsWith("app.xlf"), artifact.toString());
        assertEquals(score, artifact.get("properties").get("translationScore").asText());
        assertEquals(4, artifact.get("properties").get("segmentsWithFindings").asInt());
        assertEquals("storage", sarif.get("results").get(0).get("properties").get("segment").asText());
        String markdown = run("check", "--format", "markdown", "--detectors", "source", "--glossary", glossary, file.toString()).out();
        assertTrue(markdown.contains("| translation | translation score | segments with findings | segments |"), markdown);
        assertTrue(markdown.contains(" | " + score + " | 4 | 6 |"), markdown);
        String html = run("check", "--format", "html", "--detectors", "source", "--glossary", glossary, file.toString()).out();
        assertTrue(html.contains("translation score " + score + " \u00B7 4 of 6 segments with findings"), html);
        String junit = run("check", "--format", "junit", "--detectors", "source", "--glossary", glossary, file.toString()).out();
        assertTrue(junit.contains("4 finding(s), spin score 0.0, translation score " + score + "\""), junit);
        String jsonl = run("check", "--format", "jsonl", "--detectors", "source", "--glossary", glossary, file.toString()).out();
        assertEquals(score, json(jsonl.lines().findFirst().orElseThrow()).get("translationScore").asText());
        assertTrue(html.contains("<tr><td>storage<br><small>13:17</small></td><td>Es sind noch 2,5 GB Speicher frei.</td><td>"
                + "There are still <mark id=\"d0-f0\" class=\"error\""), html);
    }

    @Test
    void fixRewritesOnlyTargetTextAndLeavesFilesValid() throws Exception {
        Path glossary = copy("glossary.csv");
        for (String name : List.of("messages.po", "app.xlf", "memory.tmx")) {
            Path file = copy(name);
            String before = Files.readString(file);
            CliRun fix = run("fix", "--in-place", "--detectors", "source", "--glossary", glossary.toString(), file.toString());
            assertEquals(0, fix.code(), fix.err());
            assertTrue(fix.err().contains("2 fixes applied, 2 findings left without a safe fix"), fix.err());
            String after = Files.readString(file);
            List<String> changed = changedLines(before, after);
            assertEquals(2, changed.size(), name + ": " + changed);
            if (!name.endsWith(".po")) {
                parseSecurely(after);
            }
            List<String> left = findings(file, glossary, "source");
            assertEquals(2, left.size(), name + ": " + left);
            assertTrue(left.stream().noneMatch(f -> f.startsWith("source/number-mismatch") || f.startsWith("source/glossary")), left::toString);
        }
        String po = Files.readString(dir.resolve("messages.po"));
        assertTrue(po.contains("msgstr \"Free shipping from €49.90\""), po);
        assertTrue(po.contains("msgstr \"The file could not be saved.\""), po);
        assertTrue(Files.readString(dir.resolve("app.xlf")).contains("<target>There are still 2.5 GB of storage free.</target>"));
        assertTrue(Files.readString(dir.resolve("memory.tmx")).contains("<seg>The price is €1,299.00 including VAT.</seg>"));
    }

    @Test
    void hostileXmlIsRefusedByNameAndTheOtherFilesAreChecked() throws Exception {
        Path xxe = write("xxe.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xliff version=\"1.2\"><file source-language=\"de\" target-language=\"en\"><body><trans-unit id=\"1\">"
                + "<source>a</source><target>&xxe;</target></trans-unit></body></file></xliff>\n");
        Path laughs = write("laughs.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<tmx><body><tu><tuv xml:lang=\"de\"><seg>&c;</seg></tuv></tu></body></tmx>\n");
        Path deep = write("deep.xlf", "<xliff version=\"1.2\">" + "<g>".repeat(100) + "</g>".repeat(100) + "</xliff>");
        Path undeclared = write("entity.xlf", "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</source>"
                + "<target>&nbsp;b</target></trans-unit></body></file></xliff>");
        Path good = copy("memory.tmx");
        CliRun run = run("check", "--detectors", "source", xxe.toString(), laughs.toString(), deep.toString(), undeclared.toString(),
                good.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains(xxe + ": not accepted as XML at line 2, column 62: a document type declaration (<!DOCTYPE>)"
                + " is refused: external entities and entity expansion are not allowed"), run.err());
        assertTrue(run.err().contains(laughs + ": not accepted as XML at line 2"), run.err());
        assertTrue(run.err().contains(deep + ": not accepted as XML at line 1, column 214: elements nested more than 64 deep"), run.err());
        assertTrue(run.err().contains(undeclared + ": not accepted as XML"), run.err());
        assertEquals(4, run.err().lines().count(), run.err());
        assertTrue(run.out().contains("memory.tmx: translation score"), run.out());
    }

    @Test
    void alignedFilesAreCheckedLineByLine() throws Exception {
        Path source = write("news.zh.txt", "会议于2023年5月3日举行，共有3万人参加。\n他说：“我们需要更多时间。”\n价格上涨了百分之五。\n");
        Path target = write("news.en.txt", "The meeting was held on May 3, 2023, with 20,000 participants.\n"
                + "He said: \"We need more 时间.\"\nPrices rose by 5 percent.\n");
        CliRun run = run("check", "--format", "json", "--detectors", "source", "--source-language", "zh", "--source-file",
                source.toString(), target.toString());
        assertEquals(1, run.code(), run.err());
        List<String> found = new ArrayList<>();
        for (JsonNode f : json(run.out()).get("documents").get(0).get("findings")) {
            found.add(f.get("rule").asText() + " " + f.get("line").asInt() + ":" + f.get("column").asInt() + " " + f.get("text").asText()
                    + " " + f.get("suggestions"));
        }
        assertEquals(List.of("source/number-mismatch 1:43 20,000 [\"30,000\"]", "source/source-script 2:24 时间 []"), found);
    }

    @Test
    void alignedFilesOfDifferentLengthsAreRefused() throws Exception {
        Path source = write("a.de.txt", "Eins\nZwei\n");
        Path target = write("a.en.txt", "One\n");
        CliRun run = run("check", "--source-file", source.toString(), target.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains(target + ": 1 line but the source file has 2; aligned files need one segment per line on both sides"),
                run.err());
        CliRun two = run("check", "--source-file", source.toString(), target.toString(), source.toString());
        assertTrue(two.err().contains("unspin: --source-file needs exactly one input (the translation of its lines), got 2"), two.err());
    }

    @Test
    void sourceRulesAreConfiguredLikeAnyOther() throws Exception {
        Path file = copy("memory.tmx");
        Files.writeString(dir.resolve(".unspin.yml"), "rules:\n  source/untranslated: off\n  source/number-*: warning\n");
        CliRun run = run("check", "--format", "json", "--detectors", "source", file.toString());
        List<String> rules = new ArrayList<>();
        for (JsonNode f : json(run.out()).get("documents").get(0).get("findings")) {
            rules.add(f.get("rule").asText() + " " + f.get("severity").asText());
        }
        assertEquals(List.of("source/placeholder-mismatch error", "source/number-mismatch warning"), rules);
        Files.writeString(dir.resolve(".unspin.yml"), "rules:\n  source/untranslatd: off\n");
        CliRun typo = run("check", "--detectors", "source", file.toString());
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("'rules.source/untranslatd': no such rule; did you mean source/untranslated?"), typo.err());
    }

    @Test
    void configFileSetsSourceLanguageAndGlossary() throws Exception {
        Path source = write("notes.zh.txt", "服务器有3万个用户。\n请联系管理员。\n");
        Path target = write("notes.en.txt", "The server has 20,000 users.\nPlease contact the supervisor.\n");
        write("terms.csv", "source,target\n管理员,administrator\n");
        CliRun plain = run("check", "--format", "json", "--detectors", "source", "--source-file", source.toString(), target.toString());
        assertEquals(List.of("source/number-mismatch 1"), rules(plain), plain.err());
        Files.writeString(dir.resolve(".unspin.yml"), "source-language: zh\nglossary: terms.csv\n");
        CliRun shown = run("config", target.toString());
        assertTrue(shown.out().contains("source-language: zh\nglossary: 1 terms\n"), shown.out());
        CliRun configured = run("check", "--format", "json", "--detectors", "source", "--source-file", source.toString(),
                target.toString());
        assertEquals(List.of("source/number-mismatch 1", "source/glossary-required 2"), rules(configured), configured.err());
        Files.writeString(dir.resolve(".unspin.yml"), "source-language: zz\nglossary: missing.csv\n");
        CliRun bad = run("check", "--source-file", source.toString(), target.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(".unspin.yml:1: 'source-language': unknown ISO 639-1 code 'zz'"), bad.err());
        assertTrue(bad.err().contains(".unspin.yml:2: 'glossary': no such file: missing.csv (paths are relative to the config file)"),
                bad.err());
    }

    private static List<String> rules(CliRun run) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode f : json(run.out()).get("documents").get(0).get("findings")) {
            found.add(f.get("rule").asText() + " " + f.get("line").asInt());
        }
        return found;
    }

    @Test
    void notesForTranslatorsSuppressFindingsOnTheirUnitOnly() throws Exception {
        Path po = write("shop.po", """
                # unspin-disable source/number-mismatch -- the price changed on purpose
                #: src/cart.c:20
                msgid "Versand ab 49,90 € kostenlos"
                msgstr "Free shipping from €59.90"

                #: src/cart.c:21
                msgid "Rückgabe bis 30 Tage"
                msgstr "Returns within 14 days"

                #. unspin-disable
                msgid "Kontakt"
                msgstr "Kontakt"
                """);
        Path glossary = write("none.csv", "source,target\n");
        assertEquals(List.of("source/number-mismatch 8:24 14"), findings(po, glossary, "source"));
        Path xliff = write("brand.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
                  <file id="f1">
                    <unit id="brand">
                      <notes><note>unspin-disable source/untranslated -- a slogan kept in German</note></notes>
                      <segment><source>Jetzt kaufen und sparen</source><target>Jetzt kaufen und sparen</target></segment>
                    </unit>
                    <unit id="other">
                      <notes><note>unspin-disable source/number-mismatch</note></notes>
                      <segment><source>Bitte warten Sie kurz</source><target>Bitte warten Sie kurz</target></segment>
                    </unit>
                  </file>
                </xliff>
                """);
        assertEquals(List.of("source/untranslated 10:62 Bitte warten Sie kurz"), findings(xliff, glossary, "source"));
    }

    @Test
    void aTbxGlossaryWorksLikeTheCsvOne() throws Exception {
        Path tbx = write("terms.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <text><body>
                    <conceptEntry id="c1">
                      <langSec xml:lang="de"><termSec><term>Datei</term></termSec></langSec>
                      <langSec xml:lang="en">
                        <termSec><term>file</term></termSec>
                        <termSec><term>document</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
                      </langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """);
        assertEquals(findings(copy("messages.po"), copy("glossary.csv"), null), findings(copy("messages.po"), tbx, null));
    }

    @Test
    void aBadGlossaryIsOneLineNamingIt() throws Exception {
        Path glossary = write("terms.csv", "term,translation\nDatei,file\n");
        CliRun run = run("check", "--glossary", glossary.toString(), copy("memory.tmx").toString());
        assertEquals(2, run.code());
        assertEquals("unspin: --glossary " + glossary + ":1: the header must name the columns source and target (and optionally"
                + " forbidden)\n", run.err());
    }

    private List<String> findings(String name) throws Exception {
        return findings(copy(name), copy("glossary.csv"), null);
    }

    /** Each finding as "rule line:column text", from check's JSON report. */
    private List<String> findings(Path file, Path glossary, String detectors) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--glossary", glossary.toString()));
        if (detectors != null) {
            args.addAll(List.of("--detectors", detectors));
        }
        args.add(file.toString());
        CliRun run = run(args.toArray(String[]::new));
        assertTrue(run.err().isEmpty(), run.err());
        List<String> found = new ArrayList<>();
        for (JsonNode f : json(run.out()).get("documents").get(0).get("findings")) {
            found.add(f.get("rule").asText() + " " + f.get("line").asInt() + ":" + f.get("column").asInt() + " " + f.get("text").asText());
        }
        return found;
    }

    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertEquals(a.size(), b.size());
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(b.get(i));
            }
        }
        return changed;
    }

    private static void parseSecurely(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private Path copy(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/unspin/bitext/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private CliRun run(String... args) {
        return CliRun.of("", List.of(args));
    }

    private static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }
}
