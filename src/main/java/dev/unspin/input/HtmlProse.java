package dev.unspin.input;

import dev.unspin.text.ProseMask;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The prose of an HTML document, from jsoup's tree with source positions: text nodes are prose,
 * except inside script, style, code, pre, kbd, samp and textarea; tags (with their attributes),
 * comments, the doctype and CDATA are not. The start and end tags of block elements (and br)
 * are sentence breaks.
 */
final class HtmlProse {
    private static final Set<String> NOT_PROSE = Set.of("script", "style", "code", "pre", "kbd", "samp", "textarea");

    private HtmlProse() {
    }

    static ProseMask mask(String text) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Node document = parser.parseInput(text, "");
        boolean[] prose = new boolean[text.length()];
        List<Integer> breaks = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !(t instanceof CDataNode) && !insideCode(t)) {
                    Range range = t.sourceRange();
                    if (range.isTracked()) {
                        for (int i = Math.max(0, range.startPos()); i < Math.min(text.length(), range.endPos()); i++) {
                            prose[i] = true;
                        }
                    }
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    addBreak(e.sourceRange(), breaks);
                    addBreak(e.endSourceRange(), breaks);
                }
            }
        }, document);
        return new ProseMask(MarkdownProse.complement(prose), breaks.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void addBreak(Range range, List<Integer> breaks) {
        if (range.isTracked() && range.endPos() > range.startPos()) {
            breaks.add(range.startPos());
        }
    }

    private static boolean insideCode(Node node) {
        for (Element e = (Element) node.parent(); e != null; e = e.parent()) {
            if (NOT_PROSE.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }
}
