package dev.unspin.input;

import org.commonmark.node.Node;

import java.util.function.Predicate;

/**
 * Walks a commonmark-java syntax tree in document order without recursion, so that a document
 * nested thousands of levels deep (lists in lists, block quotes in block quotes) cannot overflow
 * the stack as commonmark's own recursive visitors do.
 */
final class MarkdownTree {
    private MarkdownTree() {
    }

    /**
     * Calls {@code enter} on {@code root} and its descendants in document order (a parent before
     * its children); a node's children are skipped when {@code enter} returns false for it.
     */
    static void walk(Node root, Predicate<Node> enter) {
        Node node = root;
        while (node != null) {
            if (enter.test(node) && node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == root ? null : node.getNext();
        }
    }
}
