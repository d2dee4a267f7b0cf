package dev.unspin.input;

import dev.unspin.text.ProseMask;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkupCommentsTest {

    private static List<String> comments(InputFormat format, String text) {
        return MarkupComments.find(format, text).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void markdownCommentsInRawHtmlOnly() {
        String text = """
                ---
                note: <!-- front -->
                ---
                Text <!-- one
                spanning lines --> more `<!-- span -->`.

                <div>
                <!-- two --><!-- three -->
                </div>

                    <!-- indented code -->

                ~~~
                <!-- fenced -->
                ~~~
                <!-- four -->
                """;
        assertEquals(List.of("<!-- one\nspanning lines -->", "<!-- two -->", "<!-- three -->", "<!-- four -->"),
                comments(InputFormat.MARKDOWN, text));
    }

    @Test
    void htmlCommentsAreCommentNodesOnly() {
        String text = "<p>a <!-- one --></p><script>// <!-- script --></script><textarea><!-- area --></textarea>"
                + "<pre><!-- two --></pre>";
        assertEquals(List.of("<!-- one -->", "<!-- two -->"), comments(InputFormat.HTML, text));
    }

    /** Found by ReaderFuzzTest: jsoup reads "</#x>" and "<?x>" as (bogus) comment nodes. */
    @Test
    void htmlBogusCommentsAreNotComments() {
        assertEquals(List.of("<!-- real -->"), comments(InputFormat.HTML, "<p>a </#x> b <?unspin-disable?> <!-- real --></p>"));
    }

    /** Found by ReaderFuzzTest: an HTML comment left open at the end of the text ended one past it. */
    @Test
    void anHtmlCommentLeftOpenRunsToTheEndOfTheText() {
        assertEquals(List.of("<!-- open"), comments(InputFormat.HTML, "<p>a</p><!-- open"));
        assertEquals(List.of("<!--"), comments(InputFormat.HTML, "<p>a</p><!--"));
    }

    @Test
    void plainTextHasNone() {
        assertEquals(List.<ProseMask.Range>of(), MarkupComments.find(InputFormat.TEXT, "<!-- unspin-disable -->"));
    }
}
