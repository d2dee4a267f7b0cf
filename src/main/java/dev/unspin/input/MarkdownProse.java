package dev.unspin.input;

import dev.unspin.text.ProseMask;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
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
 * destinations and titles, autolinks, raw HTML, table pipes and delimiter rows, markup characters)
 * is not. A top-level HTML block is read as HTML (its text is prose, its tags are not). Every
 * block's end is a sentence break.
 */
final class MarkdownProse {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownProse() {
    }

    static ProseMask mask(String text) {
        Node document = PARSER.parse(text);
        boolean[] prose = new boolean[text.length()];
        List<Integer> breaks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                for (SourceSpan span : node.getSourceSpans()) {
                    int start = span.getInputIndex();
                    int end = Math.min(text.length(), start + span.getLength());
                    for (int i = Math.max(0, start); i < end; i++) {
                        prose[i] = true;
                    }
                }
            }

            @Override
            public void visit(HtmlBlock block) {
                List<SourceSpan> spans = block.getSourceSpans();
                if (block.getParent() instanceof Document && !spans.isEmpty()) {
                    SourceSpan last = spans.get(spans.size() - 1);
                    HtmlProse.markProse(text, spans.get(0).getInputIndex(),
                            Math.min(text.length(), last.getInputIndex() + last.getLength()), prose, breaks);
                }
                visitChildren(block);
            }

            @Override
            public void visit(Link link) {
                if (!isAutolink(link, text)) {
                    visitChildren(link);
                }
            }

            @Override
            protected void visitChildren(Node parent) {
                if ((parent instanceof Block || parent instanceof TableCell) && !parent.getSourceSpans().isEmpty()) {
                    List<SourceSpan> spans = parent.getSourceSpans();
                    SourceSpan last = spans.get(spans.size() - 1);
                    breaks.add(last.getInputIndex() + last.getLength());
                }
                super.visitChildren(parent);
            }
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
