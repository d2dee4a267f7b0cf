package dev.unspin.input;

import dev.unspin.text.ProseMask;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 item 6: Markdown nested thousands of levels deep (lists, block quotes) and deeply nested
 * HTML are read quickly and without a stack overflow. Markdown up to 100 levels deep is read as
 * always; lines nested deeper are not prose.
 */
class DeepNestingTest {
    private static final String PHRASE = "local weather exchange";

    private static boolean isProse(ProseMask mask, int offset) {
        return mask.nonProse().stream().noneMatch(r -> r.start() <= offset && offset < r.end());
    }

    private static String nestedLists(int depth) {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            text.append("  ".repeat(level)).append("- item ").append(level).append('\n');
        }
        return text.append("  ".repeat(depth)).append("- ").append(PHRASE).append('\n').toString();
    }

    @Test
    void twoThousandNestedListsAreReadAndTheirTextBeyondTheLimitIsNotProse() {
        String markdown = nestedLists(2000);
        ProseMask mask = InputFormat.MARKDOWN.prose(markdown);
        assertTrue(isProse(mask, markdown.indexOf("item 98")));
        assertFalse(isProse(mask, markdown.indexOf("item 101")));
        assertFalse(isProse(mask, markdown.indexOf(PHRASE)));
        assertEquals(List.of(), MarkupComments.find(InputFormat.MARKDOWN, markdown));
    }

    @Test
    void listsNestedUpToTheLimitAreProse() {
        String markdown = nestedLists(99);
        assertTrue(isProse(InputFormat.MARKDOWN.prose(markdown), markdown.indexOf(PHRASE)));
    }

    @Test
    void fiveThousandNestedBlockQuotesAreReadAndAHundredAreStillProse() {
        String deep = "> ".repeat(5000) + PHRASE + " <!-- a -->\n";
        ProseMask mask = InputFormat.MARKDOWN.prose(deep);
        assertFalse(isProse(mask, deep.indexOf(PHRASE)));
        assertEquals(List.of(), MarkupComments.find(InputFormat.MARKDOWN, deep));

        String hundred = "> ".repeat(100) + PHRASE + " <!-- a -->\n";
        assertTrue(isProse(InputFormat.MARKDOWN.prose(hundred), hundred.indexOf(PHRASE)));
        assertEquals(1, MarkupComments.find(InputFormat.MARKDOWN, hundred).size());
    }

    @Test
    void deeplyNestedEmphasisAndLinksAreRead() {
        String markdown = "*".repeat(5000) + PHRASE + "*".repeat(5000) + "\n\n" + "[".repeat(5000) + PHRASE + "](x)".repeat(5000) + "\n";
        ProseMask mask = InputFormat.MARKDOWN.prose(markdown);
        assertTrue(isProse(mask, markdown.indexOf(PHRASE)));
    }

    @Test
    void fiveThousandNestedHtmlElementsAreRead() {
        String html = "<div><span>".repeat(2500) + PHRASE + "</span></div>".repeat(2500) + "<code>" + PHRASE + "</code>";
        ProseMask mask = InputFormat.HTML.prose(html);
        assertTrue(isProse(mask, html.indexOf(PHRASE)));
        assertFalse(isProse(mask, html.lastIndexOf(PHRASE)));
        assertEquals(List.of(), MarkupComments.find(InputFormat.HTML, html));
    }
}
