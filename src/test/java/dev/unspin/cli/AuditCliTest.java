package dev.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** unspin audit on the command line, with the packaged rules. */
class AuditCliTest {
    @TempDir
    Path dir;

    @Test
    void auditsAFeedAndADirectory() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"id": "n1", "url": "https://www.wire.example/1", "text": "South Korean and Japanese officials on Wednesday mentioned strengthening members of the family and safety cooperation."}
                {"id": "n2", "url": "https://www.wire.example/2", "html": "<nav>members of the family</nav><article><p>The weather was fine on Monday.</p></article>"}
                {"id": "n3", "text":
                {"id": "n4", "source": "blog", "text": "  "}
                """);
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages.resolve("site"));
        Files.writeString(pages.resolve("site/a.txt"), "The ministers discussed the budget on Tuesday.");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("", List.of("audit", "--threads", "2", feed.toString(), pages.toString(), "-o", out.toString()));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("5 records in: 3 scored, 1 skipped (0 not English), 1 failed; 5 lines written"), run.out());
        assertTrue(run.out().contains("written exactly once"), run.out());

        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
            lines.add(mapper.readTree(line));
        }
        JsonNode n1 = lines.stream().filter(l -> l.get("id").asText().equals("n1")).findFirst().orElseThrow();
        assertEquals("wire.example", n1.get("source").asText());
        assertTrue(n1.get("score").asDouble() > 0 && !n1.get("verdict").asText().equals("clean"), n1.toString());
        assertTrue(n1.get("top").toString().contains("\"text\":\"members of the family\",\"suggestion\":\"relations\""), n1.toString());
        JsonNode n2 = lines.stream().filter(l -> l.get("id").asText().equals("n2")).findFirst().orElseThrow();
        assertEquals("clean", n2.get("verdict").asText(), "the nav is not checked");
        assertEquals(0, n2.get("top").size());
        JsonNode a = lines.stream().filter(l -> l.get("id").asText().equals("site/a.txt")).findFirst().orElseThrow();
        assertEquals("site", a.get("source").asText());

        List<String> csv = Files.readAllLines(out.resolve("sources.csv"));
        assertEquals("source,documents,scored,skipped,not_english,failed,words,mean_score,p90_score,share_spun", csv.get(0));
        assertTrue(csv.get(1).startsWith("wire.example,2,2,0,0,0,"), csv.toString());

        CliRun again = CliRun.of("", List.of("audit", feed.toString(), "-o", out.toString()));
        assertEquals(2, again.code());
        assertTrue(again.err().contains("pass --resume"), again.err());
        CliRun resumed = CliRun.of("", List.of("audit", "--resume", feed.toString(), pages.toString(), "-o", out.toString()));
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("0 records in (5 more already done, skipped by --resume)"), resumed.out());
        assertEquals(5, Files.readAllLines(out.resolve("documents.jsonl")).size());
    }

    @Test
    void auditsBilingualFilesInADirectoryAgainstTheirSource() throws Exception {
        Path files = dir.resolve("l10n");
        Files.createDirectories(files.resolve("shop"));
        Files.writeString(files.resolve("shop/de.po"), """
                msgid "Versand ab 49,90 € kostenlos"
                msgstr "Free shipping from €94.90"

                msgid "Bitte versuchen Sie es später noch einmal."
                msgstr "Please try again later."
                """);
        Files.writeString(files.resolve("shop/xxe.xlf"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xliff version=\"1.2\">&e;</xliff>\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("", List.of("audit", files.toString(), "-o", out.toString()));
        assertEquals(0, run.code(), run.err());
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
            lines.add(mapper.readTree(line));
        }
        JsonNode po = lines.stream().filter(l -> l.get("id").asText().equals("shop/de.po")).findFirst().orElseThrow();
        assertTrue(po.get("top").toString().contains("\"rule\":\"source/number-mismatch\""), po.toString());
        assertEquals(44.4, po.get("translationScore").asDouble(), po.toString());
        assertEquals(2, po.get("segmentCount").asInt());
        assertEquals(1, po.get("segmentsWithFindings").asInt());
        String summary = Files.readString(out.resolve("summary.html"));
        assertTrue(summary.contains("<h2>Worst translations</h2>"), summary);
        String translations = summary.substring(summary.indexOf("<h2>Worst translations</h2>"));
        assertTrue(translations.contains("<tr><td>shop/de.po</td><td>shop</td><td class=\"n\">44.4</td>"), translations);
        JsonNode xxe = lines.stream().filter(l -> l.get("id").asText().equals("shop/xxe.xlf")).findFirst().orElseThrow();
        assertTrue(xxe.toString().contains("not accepted as XML at line 2"), xxe.toString());
    }

    @Test
    void skipsDocumentsNotInEnglishUnlessAllLanguagesAreAsked() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"id": "en", "source": "a", "text": "The city council voted on Tuesday to extend the tram line to the new housing estate in the north."}
                {"id": "fr", "source": "a", "text": "Le conseil municipal a voté mardi le prolongement de la ligne de tramway jusqu'au nouveau quartier du nord."}
                {"id": "de", "source": "b", "html": "<article><p>Der Stadtrat hat am Dienstag beschlossen, die Straßenbahnlinie bis zum neuen Wohngebiet im Norden zu verlängern.</p></article>"}
                """);
        CliRun run = CliRun.of("", List.of("audit", "-q", feed.toString(), "-o", dir.resolve("out").toString()));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("3 records in: 1 scored, 2 skipped (2 not English), 0 failed"), run.out());
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(dir.resolve("out/documents.jsonl"))) {
            JsonNode node = mapper.readTree(line);
            String id = node.get("id").asText();
            assertEquals(id.equals("en") ? "scored" : "skipped", node.get("status").asText(), line);
            if (!id.equals("en")) {
                assertEquals(id, node.get("language").asText(), line);
                assertTrue(node.get("reason").asText().startsWith("not English (" + id + ", "), line);
            }
        }
        List<String> csv = Files.readAllLines(dir.resolve("out/sources.csv"));
        assertTrue(csv.contains("b,1,0,1,1,0,0,0.00,0.00,0.0000"), csv.toString());
        assertTrue(Files.readString(dir.resolve("out/summary.html")).contains("skipped (2 not English)"));

        CliRun all = CliRun.of("", List.of("audit", "-q", "--all-languages", feed.toString(), "-o", dir.resolve("all").toString()));
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("3 records in: 3 scored, 0 skipped (0 not English), 0 failed"), all.out());
    }

    @Test
    void progressLinesOnStderrUnlessQuietAndASummaryPage() throws Exception {
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages.resolve("site"));
        Files.writeString(pages.resolve("site/a.txt"), "The ministers discussed the budget on Tuesday.");
        Files.writeString(pages.resolve("site/b.txt"), "South Korean officials mentioned strengthening members of the family.");
        CliRun run = CliRun.of("", List.of("audit", "--progress-interval", "3600", pages.toString(), "-o", dir.resolve("out").toString()));
        assertEquals(0, run.code(), run.err());
        // not a terminal: plain lines; the directory's total is known, so the last line says 2 of 2
        assertTrue(run.err().contains("unspin: audit: 2 of 2 documents (100%), "), run.err());
        assertTrue(run.out().contains("summary.html"), run.out());
        String page = Files.readString(dir.resolve("out/summary.html"));
        assertTrue(page.contains("<td>site</td><td class=\"n\">2</td>"), page);

        CliRun quiet = CliRun.of("", List.of("audit", "--quiet", pages.toString(), "-o", dir.resolve("quiet").toString()));
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.err());
    }

    /** Issue 17, item 2 as a user meets it: --resume with other options, and a directory in use, are refused with exit 2. */
    @Test
    void resumeWithOtherOptionsAndADirectoryInUseAreRefused() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\": \"1\", \"text\": \"The ministers met on Tuesday.\"}\n");
        Path out = dir.resolve("out");
        CliRun first = CliRun.of("", List.of("audit", "-q", "--all-languages", "--detectors", "dictionary", feed.toString(), "-o", out.toString()));
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"--detectors\" : \"dictionary\""));

        CliRun other = CliRun.of("", List.of("audit", "-q", "--resume", "--all-languages", "--detectors", "dictionary,grammar",
                feed.toString(), "-o", out.toString()));
        assertEquals(2, other.code());
        assertTrue(other.err().startsWith("unspin: audit: cannot --resume the run in " + out
                + ": --detectors: dictionary then, dictionary,grammar now"), other.err());

        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(out.resolve(".unspin-audit.lock"),
                java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = channel.lock()) {
            CliRun busy = CliRun.of("", List.of("audit", "-q", "--resume", "--all-languages", "--detectors", "dictionary",
                    feed.toString(), "-o", out.toString()));
            assertEquals(2, busy.code());
            assertTrue(busy.err().startsWith("unspin: audit: " + out + " is in use by another audit (pid "), busy.err());
        }
        CliRun bad = CliRun.of("", List.of("audit", "--max-record-size", "huge", feed.toString(), "-o", dir.resolve("o2").toString()));
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--max-record-size expects a size such as 20M"), bad.err());
    }
}
