package dev.unspin.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** summary.html from a hand-made documents.jsonl: totals, ranking, histogram bins, worst documents, escaping. */
class SummaryPageTest {
    @TempDir
    Path dir;

    private static String scored(String id, String source, double score, String verdict, int words) {
        return "{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"url\":\"https://" + source + "/" + id
                + "\",\"position\":\"f:" + id + "\",\"status\":\"scored\",\"words\":" + words + ",\"score\":" + score
                + ",\"verdict\":\"" + verdict + "\",\"top\":[{\"rule\":\"r\",\"text\":\"utilize\",\"suggestion\":\"use\"}]}";
    }

    private Path documents() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(scored("a1", "a.example", 0, "clean", 100));
        lines.add(scored("a2", "a.example", 9.99, "clean", 100));
        lines.add(scored("a3", "a.example", 10, "clean", 100));
        lines.add(scored("b1", "b.example", 55, "spun", 50));
        lines.add(scored("b2", "b.example", 100, "spun", 50));
        lines.add(scored("b3", "b.example", 30, "suspect", 50));
        lines.add(scored("<script>alert(1)</script>", "<script>evil</script>", 95, "spun", 10));
        lines.add("{\"id\":\"s1\",\"source\":\"a.example\",\"position\":\"f:s1\",\"status\":\"skipped\",\"reason\":\"empty text\"}");
        lines.add("{\"id\":\"x1\",\"source\":null,\"position\":\"f:x1\",\"status\":\"failed\",\"reason\":\"bad JSON\"}");
        lines.add("{\"id\":\"torn");
        Path file = dir.resolve("documents.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void figuresCountEveryStatusAndBinTheScores() throws IOException {
        SummaryPage.Figures f = SummaryPage.figures(documents());
        assertEquals(7, f.scored());
        assertEquals(1, f.skipped());
        assertEquals(1, f.failed());
        assertEquals(460, f.words());
        // 0 and 9.99 in [0,10); 10 in [10,20); 30; 55; 95 and 100 in the last bin
        assertArrayEquals(new long[]{2, 1, 0, 1, 0, 1, 0, 0, 0, 2}, f.bins());
        assertEquals(List.of("b2", "<script>alert(1)</script>", "b1", "b3", "a3", "a2", "a1"),
                f.worst().stream().map(SummaryPage.Worst::id).toList());
        assertEquals(List.of("utilize \u2192 use"), f.worst().get(0).findings());
    }

    @Test
    void keepsOnlyTheTwentyWorst() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(scored("d" + i, "s", i * 2, i * 2 >= 50 ? "spun" : "clean", 10));
        }
        Path file = dir.resolve("many.jsonl");
        Files.write(file, lines);
        List<SummaryPage.Worst> worst = SummaryPage.figures(file).worst();
        assertEquals(SummaryPage.WORST, worst.size());
        assertEquals("d49", worst.get(0).id());
        assertEquals("d30", worst.get(19).id());
    }

    @Test
    void tiesAreOrderedByIdWhateverTheLineOrder() throws IOException {
        Path file = dir.resolve("ties.jsonl");
        Files.write(file, List.of(scored("c", "s", 40, "suspect", 1), scored("a", "s", 40, "suspect", 1),
                scored("b", "s", 40, "suspect", 1), scored("z", "s", 41, "suspect", 1)));
        assertEquals(List.of("z", "a", "b", "c"), SummaryPage.figures(file).worst().stream().map(SummaryPage.Worst::id).toList());
    }

    @Test
    void pageRanksSourcesDrawsTheHistogramAndEscapesEverything() throws IOException {
        Path documents = documents();
        List<SourceStats.Row> rows = SourceStats.of(documents);
        Path html = dir.resolve("summary.html");
        SummaryPage.write(documents, rows, html);
        String page = Files.readString(html, StandardCharsets.UTF_8);

        assertFalse(page.contains("<script"), "nothing from the feed is left unescaped");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("&lt;script&gt;evil&lt;/script&gt;"));
        assertFalse(page.contains("http://") || page.contains("src=") || page.contains("<link"), "self-contained");

        List<String> ranked = new ArrayList<>();
        Matcher row = Pattern.compile("<tr><td>([^<]*)</td><td class=\"n\">(\\d+)</td><td class=\"n\">(\\d+)</td>").matcher(
                page.substring(page.indexOf("class=\"sources\""), page.indexOf("class=\"histogram\"")));
        while (row.find()) {
            ranked.add(row.group(1) + " " + row.group(2) + " " + row.group(3));
        }
        // share spun: evil 100 %, b 2/3, a 0 (mean 6.7), (none) no scored documents
        assertEquals(List.of("&lt;script&gt;evil&lt;/script&gt; 1 10", "b.example 3 150", "a.example 4 300", "(none) 1 0"), ranked);
        assertTrue(page.contains("66.7%"));

        Matcher bar = Pattern.compile("data-bin=\"(\\d+)\" data-count=\"(\\d+)\"").matcher(page);
        long[] counts = new long[SummaryPage.BINS];
        int bars = 0;
        while (bar.find()) {
            counts[Integer.parseInt(bar.group(1))] = Long.parseLong(bar.group(2));
            bars++;
        }
        assertEquals(10, bars);
        assertArrayEquals(new long[]{2, 1, 0, 1, 0, 1, 0, 0, 0, 2}, counts);

        String worst = page.substring(page.indexOf("class=\"worst\""));
        assertTrue(worst.indexOf(">b2<") < worst.indexOf("&lt;script&gt;alert") && worst.indexOf("&lt;script&gt;alert") < worst.indexOf(">b1<"));
        assertTrue(worst.contains("https://b.example/b2"));
        assertTrue(worst.contains("utilize \u2192 use"));
        assertTrue(page.contains("<b>9</b> records") && page.contains("<b>460</b> words"));
        assertFalse(page.contains("Worst translations"), "no bilingual file, no table");
    }

    @Test
    void bilingualFilesAreListedByTranslationScoreLowestFirst() throws IOException {
        Path file = dir.resolve("bitext.jsonl");
        Files.write(file, List.of(translation("shop/fr.po", 80.0, 2, 30), scored("news", "s", 90, "spun", 100),
                translation("shop/<de>.po", 44.4, 1, 2), translation("app.xlf", 100.0, 0, 6)), StandardCharsets.UTF_8);
        SummaryPage.Figures f = SummaryPage.figures(file);
        assertEquals(List.of("shop/<de>.po 44.4 1/2", "shop/fr.po 80.0 2/30", "app.xlf 100.0 0/6"), f.translations().stream()
                .map(t -> t.id() + " " + t.score() + " " + t.segmentsWithFindings() + "/" + t.segments()).toList());
        String page = SummaryPage.render(f, SourceStats.of(file));
        String table = page.substring(page.indexOf("<h2>Worst translations</h2>"));
        assertTrue(table.contains("<tr><td>shop/&lt;de&gt;.po</td><td>l10n</td><td class=\"n\">44.4</td><td class=\"n\">1</td>"
                + "<td class=\"n\">2</td></tr>"), table);
        assertFalse(table.contains(">news<"), "a monolingual document is no translation");
    }

    private static String translation(String id, double translationScore, int withFindings, int segments) {
        String line = scored(id, "l10n", 0, "clean", 10);
        return line.substring(0, line.length() - 1) + ",\"translationScore\":" + translationScore + ",\"segmentCount\":" + segments
                + ",\"segmentsWithFindings\":" + withFindings + "}";
    }
}
