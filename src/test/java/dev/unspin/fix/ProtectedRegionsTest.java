package dev.unspin.fix;

import dev.unspin.text.ProseMask;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What must survive a fix in Markdown and HTML. "spun" marks text a fix may change; "keep" text it must not. */
class ProtectedRegionsTest {

    /** Every occurrence of {@code part} is wholly protected. */
    private static void assertProtected(ProtectedRegions regions, String text, String part) {
        int at = text.indexOf(part);
        assertTrue(at >= 0, part);
        for (; at >= 0; at = text.indexOf(part, at + 1)) {
            for (int i = at; i < at + part.length(); i++) {
                assertTrue(regions.overlaps(i, i + 1), "'" + part + "' at " + at + " should be protected (offset " + i + ")");
            }
        }
    }

    /** No occurrence of {@code part} touches a protected range. */
    private static void assertFree(ProtectedRegions regions, String text, String part) {
        int at = text.indexOf(part);
        assertTrue(at >= 0, part);
        for (; at >= 0; at = text.indexOf(part, at + 1)) {
            assertFalse(regions.overlaps(at, at + part.length()), "'" + part + "' at " + at + " should be free to fix");
        }
    }

    @Test
    void markdownFencedCodeBlocks() {
        String text = """
                spun one

                ```java
                keep one
                ```

                spun two
                  ~~~~
                keep two
                ```
                keep three
                  ~~~~~
                spun three

                ````
                keep four
                ```
                keep five
                """;
        ProtectedRegions regions = ProtectedRegions.markdown(text);
        List.of("keep one", "keep two", "keep three", "keep four", "keep five", "```java", "~~~~~").forEach(k -> assertProtected(regions, text, k));
        List.of("spun one", "spun two", "spun three").forEach(s -> assertFree(regions, text, s));
    }

    @Test
    void markdownFencesInsideListItems() {
        String text = "1.  spun item\n    ```sh\n    keep one\n    ```\n\nspun after\n\n- spun\n\n      keep two\n";
        ProtectedRegions regions = ProtectedRegions.markdown(text);
        List.of("```sh\n    keep one\n    ```", "keep two").forEach(k -> assertProtected(regions, text, k));
        List.of("spun item", "spun after", "spun\n").forEach(s -> assertFree(regions, text, s));
    }

    @Test
    void markdownIndentedCodeBlocksButNotIndentedContinuationLines() {
        String text = "# Title\n    keep heading code\n\nspun para\n\n    keep one\n\n\tkeep two\n    keep three\nspun after\n"
                + "a paragraph\n    spun continuation\n";
        ProtectedRegions regions = ProtectedRegions.markdown(text);
        List.of("keep heading code", "keep one", "keep two", "keep three").forEach(k -> assertProtected(regions, text, k));
        List.of("spun para", "spun after", "spun continuation").forEach(s -> assertFree(regions, text, s));
    }

    @Test
    void markdownInlineCodeSpans() {
        String text = "spun `keep one` spun ``keep `two` here`` spun\nand `keep\nthree` spun; a lone ` tick spun\n\nnew ` para spun\n";
        ProtectedRegions regions = ProtectedRegions.markdown(text);
        List.of("`keep one`", "``keep `two` here``", "`keep\nthree`").forEach(k -> assertProtected(regions, text, k));
        assertFree(regions, text, "spun");
        assertFree(regions, text, " tick spun");
    }

    @Test
    void markdownLinksImagesAutolinksAndDefinitions() {
        String text = """
                See [spun text](https://example.com/keep/one_(x) "keep title") and ![spun alt](img/keep-two.png).
                Mail <keep@example.com> or visit <https://example.com/keep-three>, also [spun ref][keep-four].

                [keep-four]: https://example.com/keep-five "keep six"
                """;
        ProtectedRegions regions = ProtectedRegions.markdown(text);
        List.of("(https://example.com/keep/one_(x) \"keep title\")", "(img/keep-two.png)", "<keep@example.com>",
                "<https://example.com/keep-three>", "[keep-four]", "https://example.com/keep-five \"keep six\"")
                .forEach(k -> assertProtected(regions, text, k));
        List.of("spun text", "spun alt", "spun ref", "See ", " and ").forEach(s -> assertFree(regions, text, s));
    }

    @Test
    void markdownRawHtmlAndMarkupCharacters() {
        String text = "spun <span class=\"keep\">spun inside</span> spun<br/> <!-- keep comment --> &amp; *spun*\n"
                + "<pre>\nkeep pre\n</pre>\nspun **bold** spun_ | a\\*b\n";
        ProtectedRegions regions = ProtectedRegions.markdown(text);
        List.of("<span class=\"keep\">", "</span>", "<br/>", "<!-- keep comment -->", "&amp;", "<pre>\nkeep pre\n</pre>", "**", "\\*")
                .forEach(k -> assertProtected(regions, text, k));
        List.of("spun inside", "spun ", "bold").forEach(s -> assertFree(regions, text, s));
        assertTrue(regions.overlaps(text.indexOf("*spun*"), text.indexOf("*spun*") + 6), "a fix across emphasis markers");
        assertFree(ProtectedRegions.markdown("a < b and c > d"), "a < b and c > d", " b and c ");
    }

    @Test
    void markdownYamlFrontMatter() {
        String text = "---\ntitle: keep one\ntags: [keep]\n---\nspun body\n\n---\n\nspun after rule\n";
        ProtectedRegions regions = ProtectedRegions.markdown(text);
        assertProtected(regions, text, "---\ntitle: keep one\ntags: [keep]\n---\n");
        assertFree(regions, text, "spun body");
        assertFree(regions, text, "spun after rule");
        String noFrontMatter = "Intro spun\n---\nspun more\n";
        assertFree(ProtectedRegions.markdown(noFrontMatter), noFrontMatter, "spun");
        String unclosed = "---\nspun text\n";
        assertFree(ProtectedRegions.markdown(unclosed), unclosed, "spun text");
    }

    @Test
    void htmlTagsScriptStyleCodeAndPre() {
        String text = """
                <!DOCTYPE html>
                <html><head><title>spun title</title>
                <style>p { keep: one }</style>
                <script type="text/javascript">var keep = "two </b>";</script></head>
                <body><p class="keep-three" title='keep > four'>spun para &amp; spun</p>
                <CODE>keep five</CODE> spun <pre><code>keep
                six</code></pre> spun <!-- keep seven --> <kbd>keep eight</kbd>
                </body></html>
                """;
        ProtectedRegions regions = ProtectedRegions.html(text);
        List.of("<!DOCTYPE html>", "<html>", "<style>p { keep: one }</style>", "var keep = \"two </b>\";",
                "<p class=\"keep-three\" title='keep > four'>", "&amp;", "<CODE>keep five</CODE>",
                "<pre><code>keep\nsix</code></pre>", "<!-- keep seven -->", "<kbd>keep eight</kbd>").forEach(k -> assertProtected(regions, text, k));
        List.of("spun title", "spun para ", " spun", "spun ").forEach(s -> assertFree(regions, text, s));
    }

    @Test
    void theFileTypeChoosesTheRules() {
        String text = "`spun`";
        assertTrue(ProtectedRegions.forFile("notes.MD", text).overlaps(1, 5));
        assertTrue(ProtectedRegions.forFile("a.markdown", text).overlaps(1, 5));
        assertFalse(ProtectedRegions.forFile("notes.txt", text).overlaps(1, 5));
        assertFalse(ProtectedRegions.forFile("-", text).overlaps(1, 5));
        assertTrue(ProtectedRegions.forFile("page.htm", "<b>x</b>").overlaps(0, 1));
        assertEquals(List.of(new ProseMask.Range(0, 3), new ProseMask.Range(4, 8)),
                ProtectedRegions.forFile("page.html", "<b>x</b>").ranges());
    }
}
