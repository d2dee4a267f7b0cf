package dev.unspin.input;

import dev.unspin.text.ProseMask;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.SourceSpan;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Range;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a document's HTML comments ({@code <!-- ... -->}) are, for inline suppressions: in Markdown
 * the comments in raw HTML (inline or blocks), never text in code blocks, code spans or front matter;
 * in HTML jsoup's comment nodes (not text inside script, style or textarea). Plain text has none.
 */
public final class MarkupComments {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    /** The Markdown parser, built on first use: a plain-text check never loads commonmark. */
    private static final class Markdown {
        static final Parser PARSER = Parser.builder()
                .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    private MarkupComments() {
    }

    /** The comments' ranges ({@code <!--} to {@code -->} inclusive), in document order. */
    public static List<ProseMask.Range> find(InputFormat format, String text) {
        List<ProseMask.Range> found = switch (format) {
            case TEXT, PO, XLIFF, TMX, TSV -> new ArrayList<>();
            case MARKDOWN -> markdown(text);
            case HTML -> html(text, 0, text.length());
        };
        found.sort(Comparator.comparingInt(ProseMask.Range::start));
        return found;
    }

    private static List<ProseMask.Range> markdown(String text) {
        List<ProseMask.Range> found = new ArrayList<>();
        MarkdownTree.walk(Markdown.PARSER.parse(MarkdownNesting.parserInput(text)), node -> {
            List<SourceSpan> spans = node.getSourceSpans();
            if ((node instanceof HtmlInline || node instanceof HtmlBlock) && !spans.isEmpty()) {
                int from = spans.get(0).getInputIndex();
                SourceSpan last = spans.get(spans.size() - 1);
                int to = Math.min(text.length(), last.getInputIndex() + last.getLength());
                Matcher m = COMMENT.matcher(text).region(from, to);
                while (m.find()) {
                    found.add(new ProseMask.Range(m.start(), m.end()));
                }
            }
            return true;
        });
        return found;
    }

    private static List<ProseMask.Range> html(String text, int from, int to) {
        List<ProseMask.Range> found = new ArrayList<>();
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true);
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                Range range = node.sourceRange();
                // jsoup also reads a "bogus comment" (</#x>, <?x>) as a Comment node: not a comment a writer wrote
                // a comment left open at the end of the text runs to its end (jsoup's end position is one past it)
                if (range.isTracked() && range.endPos() > range.startPos() && text.startsWith("<!--", from + range.startPos())) {
                    found.add(new ProseMask.Range(from + range.startPos(), Math.min(to, from + range.endPos())));
                }
            }
        }, parser.parseInput(text.substring(from, to), ""));
        return found;
    }
}
