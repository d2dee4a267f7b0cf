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
        boolean[] prose = new boolean[text.length()];
        List<Integer> breaks = new ArrayList<>();
        markProse(text, 0, text.length(), prose, breaks);
        return new ProseMask(MarkdownProse.complement(prose), breaks.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Parses {@code text[from, to)} as HTML (a Markdown HTML block, or a whole document), sets
     * {@code prose} true where it has prose and adds its block breaks, in offsets of {@code text}.
     */
    static void markProse(String text, int from, int to, boolean[] prose, List<Integer> breaks) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Node document = parser.parseInput(text.substring(from, to), "");
        int length = to - from;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !(t instanceof CDataNode) && !insideCode(t)) {
                    Range range = t.sourceRange();
                    if (range.isTracked()) {
                        for (int i = Math.max(0, range.startPos()); i < Math.min(length, range.endPos()); i++) {
                            prose[from + i] = true;
                        }
                    }
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    addBreak(e.sourceRange(), from, breaks);
                    addBreak(e.endSourceRange(), from, breaks);
                }
            }
        }, document);
    }

    private static void addBreak(Range range, int from, List<Integer> breaks) {
        if (range.isTracked() && range.endPos() > range.startPos()) {
            breaks.add(from + range.startPos());
        }
    }

    /** Whether an element's text is not prose (lower-case element name). */
    static boolean isNotProse(String elementName) {
        return NOT_PROSE.contains(elementName);
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
