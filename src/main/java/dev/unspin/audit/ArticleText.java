package dev.unspin.audit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of an HTML page (jsoup): script, style, nav, header, footer, aside, form and
 * similar boilerplate are dropped; the first {@code <article>}, else the first {@code <main>}, else
 * the body is kept. Each block element becomes a paragraph of its own (a blank line between), so
 * no sentence runs from one block into the next.
 */
final class ArticleText {
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, textarea";

    private ArticleText() {
    }

    static String of(String html) {
        Document page = Jsoup.parse(html);
        page.select(BOILERPLATE).remove();
        Element article = page.selectFirst("article");
        if (article == null) {
            article = page.selectFirst("main");
        }
        if (article == null) {
            article = page.body();
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, article);
        return out.toString()
                .replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
