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
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV, RSS and Atom inputs, including hostile XML (external entities, entity expansion). */
class CsvAndXmlReadersTest {
    @TempDir
    Path dir;

    private static List<FeedRecord> read(FeedReader reader) {
        List<FeedRecord> records = new ArrayList<>();
        reader.read(records::add);
        return records;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static String summary(FeedRecord r) {
        return r.position().replaceFirst("^.*[/\\\\]", "") + "|" + r.id() + "|" + r.source() + "|" + r.url() + "|"
                + (r.isFailure() ? "FAILED " + r.failure() : r.format() + " " + r.body());
    }

    @Test
    void csvWithQuotedMultiLineFieldsAndBadRows() throws IOException {
        Path file = write("feed.csv", String.join("\n",
                "id,url,text,extra\r",
                "1,https://www.a.example/x,\"Plain, with a comma\",e\r",
                "2,,\"Two",
                "lines with \"\"quotes\"\"\",e",
                "3,https://b.example/,bad \"quote\",e",
                "4,https://b.example/,\"closed\" then text,e",
                "5,https://b.example/",
                "",
                "6,https://c.example/,,e",
                "7,https://c.example/,\"never closed",
                ""));
        List<String> got = read(new CsvFeedReader(file, JsonLinesReader.Fields.DEFAULT)).stream().map(CsvAndXmlReadersTest::summary).toList();
        assertEquals(List.of(
                "feed.csv:2|1|a.example|https://www.a.example/x|text Plain, with a comma",
                "feed.csv:3|2|null|null|text Two\nlines with \"quotes\"",
                "feed.csv:5|feed.csv:5|null|null|FAILED malformed CSV: a quote inside an unquoted field at column 26",
                "feed.csv:6|feed.csv:6|null|null|FAILED malformed CSV: text after a closing quote at column 30",
                "feed.csv:7|feed.csv:7|null|null|FAILED malformed CSV: 2 fields, the header has at least 4",
                "feed.csv:9|6|c.example|https://c.example/|text ",
                "feed.csv:10|feed.csv:10|null|null|FAILED malformed CSV: a quote not closed before the end of the file"),
                got.stream().map(s -> s.replace(dir.toString() + "/", "")).toList());
    }

    @Test
    void csvRecordWithInvalidUtf8FailsAloneAndAByteOrderMarkIsNotPartOfTheFirstColumn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("\uFEFFid,text\n1,caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\n2,fine\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("latin1.csv");
        Files.write(file, bytes.toByteArray());
        List<String> got = read(new CsvFeedReader(file, JsonLinesReader.Fields.DEFAULT)).stream().map(CsvAndXmlReadersTest::summary).toList();
        assertEquals(List.of(
                "latin1.csv:2|latin1.csv:2|null|null|FAILED malformed CSV: not valid UTF-8 (byte 0xE9 at offset 5) in line 2",
                "latin1.csv:3|2|null|null|text fine"),
                got.stream().map(s -> s.replace(dir.toString() + "/", "")).toList());
    }

    @Test
    void csvGzipAndHtmlColumn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("key,page,site\nk1,<p>Hello</p>,s1\n".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("feed.csv.gz");
        Files.write(file, bytes.toByteArray());
        List<FeedRecord> records = read(new CsvFeedReader(file, new JsonLinesReader.Fields("key", "text", "page", "site", "url")));
        assertEquals(1, records.size());
        assertEquals("k1|s1|html|<p>Hello</p>", records.get(0).id() + "|" + records.get(0).source() + "|"
                + records.get(0).format() + "|" + records.get(0).body());
        assertTrue(Audit.readerFor(file, JsonLinesReader.Fields.DEFAULT) instanceof CsvFeedReader);
    }

    @Test
    void rss() throws IOException {
        Path file = write("feed.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>News</title><link>https://www.news.example/</link>
                <item><title>One</title><link>https://www.news.example/1</link><guid>g1</guid>
                  <description>&lt;p&gt;Short &amp;amp; sweet.&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>The full text.</p>]]></content:encoded></item>
                <item><title>Two</title><description>Only a description.</description></item>
                <item><title>Three</title><link>https://other.example/3</link></item>
                </channel></rss>
                """);
        assertTrue(Audit.readerFor(file, JsonLinesReader.Fields.DEFAULT) instanceof XmlFeedReader);
        List<String> got = read(new XmlFeedReader(file)).stream().map(CsvAndXmlReadersTest::summary).toList();
        assertEquals(List.of(
                "feed.rss:item 1|g1|news.example|https://www.news.example/1|html <p>The full text.</p>",
                "feed.rss:item 2|" + file + ":item 2|news.example|null|html Only a description.",
                "feed.rss:item 3|https://other.example/3|other.example|https://other.example/3|FAILED an item without content, description or summary"),
                got);
    }

    @Test
    void atom() throws IOException {
        Path file = write("feed.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><link href="https://blog.example/"/>
                <entry><id>urn:1</id><link rel="self" href="https://x.example/self"/><link href="https://blog.example/1"/>
                  <summary>Sum.</summary><content type="html">&lt;p&gt;Body one.&lt;/p&gt;</content></entry>
                <entry><id>urn:2</id><content type="text">Plain &lt;b&gt; text.</content></entry>
                <entry><id>urn:3</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>X &amp; <b>y</b>.</p></div></content></entry>
                </feed>
                """);
        List<String> got = read(new XmlFeedReader(file)).stream().map(CsvAndXmlReadersTest::summary).toList();
        assertEquals(List.of(
                "feed.atom:item 1|urn:1|blog.example|https://blog.example/1|html <p>Body one.</p>",
                "feed.atom:item 2|urn:2|blog.example|null|text Plain <b> text.",
                "feed.atom:item 3|urn:3|blog.example|null|html <div><p>X &amp; <b>y</b>.</p></div>"),
                got);
    }

    @Test
    void brokenXmlKeepsTheItemsBeforeIt() throws IOException {
        Path file = write("broken.xml", "<rss><channel><item><guid>a</guid><description>ok</description></item>"
                + "<item><guid>b</guid><description>bad</descr></item><item><guid>c</guid></item></channel></rss>");
        List<FeedRecord> records = read(new XmlFeedReader(file));
        assertEquals(2, records.size(), records.toString());
        assertEquals("a", records.get(0).id());
        assertTrue(records.get(1).failure().startsWith("broken XML at line 1"), records.get(1).failure());
        assertEquals(file + ":item 2", records.get(1).position());
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = write("secret.txt", "TOP SECRET");
        Path file = write("xxe.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss><channel><item><guid>a</guid><description>&xxe;</description></item></channel></rss>");
        List<FeedRecord> records = read(new XmlFeedReader(file));
        assertEquals(1, records.size());
        assertTrue(records.get(0).failure().startsWith("a DOCTYPE is not allowed"), records.get(0).failure());
        assertFalse(records.get(0).toString().contains("TOP SECRET"));
    }

    @Test
    void billionLaughsIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path file = write("lol.xml", "<?xml version=\"1.0\"?>\n" + dtd + "\n<rss><channel><item><description>&lol9;</description></item></channel></rss>");
        long before = System.nanoTime();
        List<FeedRecord> records = read(new XmlFeedReader(file));
        assertEquals(1, records.size());
        assertTrue(records.get(0).failure().startsWith("a DOCTYPE is not allowed"), records.get(0).failure());
        assertTrue(System.nanoTime() - before < 5_000_000_000L);
    }

    @Test
    void undeclaredEntityIsBrokenXml() throws IOException {
        Path file = write("ent.xml", "<rss><channel><item><guid>a</guid><description>x &nope; y</description></item></channel></rss>");
        List<FeedRecord> records = read(new XmlFeedReader(file));
        assertEquals(1, records.size());
        assertTrue(records.get(0).isFailure(), records.toString());
    }
}
