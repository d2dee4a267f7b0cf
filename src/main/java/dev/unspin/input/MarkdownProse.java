package dev.unspin.input;

import dev.unspin.text.ProseMask;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The prose of a Markdown document, from commonmark-java's syntax tree with source spans: the
 * text of paragraphs, headings, list items, block quotes, emphasis, link and image text and GFM
 * table cells is prose; everything else (code blocks and spans, YAML front matter, link
 * destinations and titles, autolinks, raw HTML: tags, attributes and HTML blocks whole, table
 * pipes and delimiter rows, markup characters) is not, nor is text between inline HTML tags
 * whose content is not prose in HTML either ({@code <code>}, {@code <kbd>}, ...). Every block's
 * end is a sentence break. Lines nested deeper than {@link MarkdownNesting#MAX_DEPTH} levels are
 * not prose; the tree is walked without recursion.
 */
final class MarkdownProse {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownProse() {
    }

    static ProseMask mask(String text) {
        Node document = PARSER.parse(MarkdownNesting.parserInput(text));
        boolean[] prose = new boolean[text.length()];
        List<Integer> breaks = new ArrayList<>();
        InlineHtmlCode code = new InlineHtmlCode();
        MarkdownTree.walk(document, node -> {
            if (node instanceof Block || node instanceof TableCell) {
                code.reset();
                List<SourceSpan> spans = node.getSourceSpans();
                if (!spans.isEmpty()) {
                    SourceSpan last = spans.get(spans.size() - 1);
                    breaks.add(last.getInputIndex() + last.getLength());
                }
            } else if (node instanceof HtmlInline html) {
                code.see(html.getLiteral());
            } else if (node instanceof Text && !code.inside()) {
                for (SourceSpan span : node.getSourceSpans()) {
                    int start = span.getInputIndex();
                    int end = Math.min(text.length(), start + span.getLength());
                    for (int i = Math.max(0, start); i < end; i++) {
                        prose[i] = true;
                    }
                }
            }
            return !(node instanceof Link link && isAutolink(link, text));
        });
        return new ProseMask(complement(prose), breaks.stream().mapToInt(Integer::intValue).toArray());
    }

    /** {@code <https://...>}: its text is the URL itself, not prose. */
    private static boolean isAutolink(Link link, String text) {
        List<SourceSpan> spans = link.getSourceSpans();
        return !spans.isEmpty() && spans.get(0).getInputIndex() < text.length()
                && text.charAt(spans.get(0).getInputIndex()) == '<';
    }

    static List<ProseMask.Range> complement(boolean[] prose) {
        List<ProseMask.Range> out = new ArrayList<>();
        int i = 0;
        while (i < prose.length) {
            if (prose[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < prose.length && !prose[i]) {
                i++;
            }
            out.add(new ProseMask.Range(start, i));
        }
        return out;
    }
}
