package dev.unspin.audit;

import dev.unspin.input.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON Lines and directory readers, gzip, and the article text of HTML pages. */
class FeedReadersTest {
    @TempDir
    Path dir;

    static final byte[] FEED = join(
            "{\"id\": \"a\", \"url\": \"https://www.Example.com/news/1\", \"text\": \"Officials met on Monday.\"}\n",
            "{\"id\": \"b\", \"text\": \n",
            "\n",
            "[1, 2, 3]\r\n",
            "{\"id\": \"c\", \"source\": \"wire\", \"html\": \"<p>Hi</p>\", \"text\": \"ignored\"}\n",
            "{\"id\": \"d\", \"url\": \"not a url\"}\n",
            "{\"id\": \"e\", \"text\": \"caf");
    static final byte[] FEED_END = join("\u00e9\"} trailing\n", "{\"id\": 7, \"text\": \"last\"}");

    private static byte[] join(String... parts) {
        return String.join("", parts).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] feedWithBadUtf8() {
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', 'x', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(FEED);
        out.writeBytes(FEED_END);
        out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        return out.toByteArray();
    }

    private static List<FeedRecord> read(FeedReader reader) {
        List<FeedRecord> records = new ArrayList<>();
        reader.read(records::add);
        return records;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void jsonLinesWithMalformedLinesGiveOneRecordEachAndGoOn() throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.write(file, feedWithBadUtf8());
        List<FeedRecord> records = read(new JsonLinesReader(file, JsonLinesReader.Fields.DEFAULT));
        assertEquals(8, records.size(), records.toString());
        FeedRecord a = records.get(0);
        assertEquals("a", a.id());
        assertEquals("example.com", a.source());
        assertEquals("https://www.Example.com/news/1", a.url());
        assertEquals("Officials met on Monday.", a.body());
        assertEquals(InputFormat.TEXT, a.format());
        assertEquals(file + ":1", a.position());
        assertFalse(a.isFailure());

        FeedRecord b = records.get(1);
        assertTrue(b.failure().startsWith("malformed JSON"), b.failure());
        assertEquals(file + ":2", b.position());
        assertEquals(file + ":2", b.id());

        assertEquals("not a JSON object", records.get(2).failure());
        assertEquals(file + ":4", records.get(2).position(), "the blank line 3 is no record");

        FeedRecord c = records.get(3);
        assertEquals("wire", c.source());
        assertEquals(InputFormat.HTML, c.format(), "html wins over text");
        assertEquals("<p>Hi</p>", c.body());

        FeedRecord d = records.get(4);
        assertEquals("d", d.id());
        assertNull(d.source());
        assertTrue(d.failure().contains("no string field 'text' or 'html'"), d.failure());

        assertTrue(records.get(5).failure().startsWith("malformed JSON"), "trailing tokens: " + records.get(5).failure());
        assertEquals("7", records.get(6).id());
        assertEquals("last", records.get(6).body());
        assertEquals("not valid UTF-8 (byte 0xE9 at offset 18)", records.get(7).failure());
        assertEquals(file + ":9", records.get(7).position());
    }

    @Test
    void fieldNamesAreOptions() throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, "{\"key\": \"k1\", \"body\": \"Text here.\", \"site\": \"s\", \"link\": \"http://h.org/\"}\n");
        FeedRecord r = read(new JsonLinesReader(file, new JsonLinesReader.Fields("key", "body", "page", "site", "link"))).get(0);
        assertEquals(List.of("k1", "Text here.", "s", "http://h.org/"), List.of(r.id(), r.body(), r.source(), r.url()));
    }

    @Test
    void gzipIsReadTransparentlyWhateverTheName() throws IOException {
        Path plain = dir.resolve("feed.jsonl");
        Files.write(plain, feedWithBadUtf8());
        Path gz = dir.resolve("feed.jsonl.gz");
        Files.write(gz, gzip(feedWithBadUtf8()));
        Path misnamed = dir.resolve("other.jsonl");
        Files.write(misnamed, gzip(feedWithBadUtf8()));
        List<String> expected = read(new JsonLinesReader(plain, JsonLinesReader.Fields.DEFAULT)).stream()
                .map(r -> r.id().replace(plain.toString(), "") + "|" + r.body() + "|" + r.failure()).toList();
        for (Path file : List.of(gz, misnamed)) {
            List<String> got = read(new JsonLinesReader(file, JsonLinesReader.Fields.DEFAULT)).stream()
                    .map(r -> r.id().replace(file.toString(), "") + "|" + r.body() + "|" + r.failure()).toList();
            assertEquals(expected, got);
        }
    }

    /** Records of a truncated gzip member are not read (unverified); those of the complete members before it are. */
    @Test
    void truncatedGzipKeepsTheCompleteMembersAndEndsInOneFailure() throws IOException {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        java.util.Random random = new java.util.Random(6);
        for (int i = 1; i <= 2000; i++) {
            (i <= 700 ? first : second).append("{\"id\": \"r").append(i).append("\", \"text\": \"")
                    .append(Long.toHexString(random.nextLong())).append(" words ").append(Long.toHexString(random.nextLong())).append("\"}\n");
        }
        byte[] tail = gzip(second.toString().getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("cut.jsonl.gz");
        Files.write(file, gzip(first.toString().getBytes(StandardCharsets.UTF_8)));
        Files.write(file, Arrays.copyOf(tail, tail.length / 2), java.nio.file.StandardOpenOption.APPEND);
        List<FeedRecord> records = read(new JsonLinesReader(file, JsonLinesReader.Fields.DEFAULT));
        assertEquals(701, records.size());
        for (int i = 0; i < 700; i++) {
            assertEquals("r" + (i + 1), records.get(i).id());
            assertFalse(records.get(i).isFailure());
        }
        FeedRecord last = records.get(700);
        assertTrue(last.failure().startsWith("gzip member 2 is truncated at line 701"), last.failure());
        assertEquals(file + ":701", last.position());
    }

    /** Issue 17, item 10: a UTF-8 byte order mark before the first record is not part of it. */
    @Test
    void aByteOrderMarkBeforeTheFirstRecordIsNotPartOfIt() throws IOException {
        Path file = dir.resolve("bom.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("{\"id\": \"1\", \"text\": \"First.\"}\n{\"id\": \"2\", \"text\": \"Second.\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        List<FeedRecord> records = read(new JsonLinesReader(file, JsonLinesReader.Fields.DEFAULT));
        assertEquals(List.of("First.", "Second."), records.stream().map(FeedRecord::body).toList());
    }

    /**
     * Issue 17, item 10: a text (or HTML) field that is not a string fails, whether a number or null (null
     * as an absent field, as a Parquet column's null is), never coerced.
     */
    @Test
    void aTextFieldThatIsNotAStringFailsItsRecordWhateverItIs() throws IOException {
        Path file = dir.resolve("types.jsonl");
        Files.writeString(file, "{\"id\": \"n\", \"text\": 42}\n{\"id\": \"z\", \"text\": null}\n{\"id\": \"h\", \"html\": [1]}\n"
                + "{\"id\": 7, \"html\": null, \"text\": \"Kept.\"}\n");
        List<FeedRecord> records = read(new JsonLinesReader(file, JsonLinesReader.Fields.DEFAULT));
        assertEquals(List.of("field 'text' is not a string (a number)", "no string field 'text' or 'html'",
                "field 'html' is not a string (an array)"), records.subList(0, 3).stream().map(FeedRecord::failure).toList());
        assertEquals(List.of("n", "z", "h"), records.subList(0, 3).stream().map(FeedRecord::id).toList());
        assertEquals("Kept.", records.get(3).body());
        assertEquals("7", records.get(3).id());
    }

    /** Issue 17, item 10: binary data is refused as check refuses it, in a page and in a feed's field. */
    @Test
    void binaryPagesAndFieldsFailAsCheckRefusesThem() throws IOException {
        Path root = dir.resolve("bin");
        Files.createDirectories(root);
        Files.write(root.resolve("a.html"), new byte[] {'<', 'p', '>', 'x', 0, 1, 2, 'y'});
        Files.writeString(root.resolve("b.txt"), "Plain text.");
        List<FeedRecord> pages = read(new DirectoryReader(root));
        assertEquals("binary file (contains NUL bytes), not text", pages.get(0).failure());
        assertEquals(dev.unspin.input.TextReader.BINARY, pages.get(0).failure());
        assertEquals("Plain text.", pages.get(1).body());
        Path file = dir.resolve("nul.jsonl");
        Files.writeString(file, "{\"id\": \"1\", \"text\": \"a\\u0000b\"}\n");
        assertEquals(dev.unspin.input.TextReader.BINARY, read(new JsonLinesReader(file, JsonLinesReader.Fields.DEFAULT)).get(0).failure());
    }

    @Test
    void directoryOfPages() throws IOException {
        Path root = dir.resolve("crawl");
        Files.createDirectories(root.resolve("siteA/2024"));
        Files.createDirectories(root.resolve("siteB"));
        Files.createDirectories(root.resolve(".cache"));
        Files.writeString(root.resolve("siteA/2024/b.txt"), "Plain text.");
        Files.writeString(root.resolve("siteA/a.md"), "# Title\n\nText.");
        Files.write(root.resolve("siteB/page.html.gz"), gzip("<p>Page</p>".getBytes(StandardCharsets.UTF_8)));
        Files.write(root.resolve("siteB/bad.txt"), new byte[]{'o', 'k', (byte) 0xFF});
        Files.writeString(root.resolve("siteB/image.png"), "not a page");
        Files.writeString(root.resolve(".cache/x.txt"), "hidden");
        Files.writeString(root.resolve("top.txt"), "At the top.");
        List<FeedRecord> records = read(new DirectoryReader(root));
        assertEquals(List.of("siteA/2024/b.txt", "siteA/a.md", "siteB/bad.txt", "siteB/page.html.gz", "top.txt"),
                records.stream().map(FeedRecord::id).toList());
        assertEquals(List.of("siteA", "siteA", "siteB", "siteB", "crawl"), records.stream().map(FeedRecord::source).toList());
        assertEquals(InputFormat.TEXT, records.get(0).format());
        assertEquals(InputFormat.MARKDOWN, records.get(1).format());
        assertTrue(records.get(2).failure().startsWith("not valid UTF-8 (byte 0xFF at offset 2)"), records.get(2).failure());
        assertEquals(InputFormat.HTML, records.get(3).format());
        assertEquals("<p>Page</p>", records.get(3).body());
        assertEquals(root.resolve("siteB/page.html.gz").toString(), records.get(3).position());
    }

    @Test
    void articleTextDropsBoilerplateAndPrefersArticle() {
        String page = """
                <html><head><title>T</title><style>p {}</style><script>var members = 1;</script></head>
                <body><header>Site name</header><nav><a href="/">Home</a> <a href="/n">News</a></nav>
                <main><p>Main text.</p><article><h1>Headline here</h1><p>First <b>bold</b> paragraph.</p>
                <form><input value="x">Subscribe now</form><p>Second<br>line</p><aside>Related stories</aside></article></main>
                <footer>Copyright</footer></body></html>""";
        assertEquals("Headline here\n\nFirst bold paragraph.\n\nSecond\n\nline", ArticleText.of(page));
        assertEquals("Main only.", ArticleText.of("<body><nav>Menu</nav><main><p>Main only.</p></main><footer>f</footer></body>"));
        assertEquals("Body text.\n\nMore.", ArticleText.of("<body><nav>Menu</nav><div>Body text.</div><div>More.</div><script>x()</script></body>"));
        assertEquals("", ArticleText.of("<body><nav>Only a menu</nav></body>"));
    }

    @Test
    void sourceIsTheUrlsHost() {
        assertEquals("news.example.org", JsonLinesReader.hostOf("https://www.news.example.org/a?b=c"));
        assertEquals("h.net", JsonLinesReader.hostOf("http://H.net:8080/x"));
        assertNull(JsonLinesReader.hostOf("no url"));
        assertNull(JsonLinesReader.hostOf("http://bad host/"));
        assertNull(JsonLinesReader.hostOf(null));
    }
}
