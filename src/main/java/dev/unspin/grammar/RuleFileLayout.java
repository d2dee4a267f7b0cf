package dev.unspin.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of a LanguageTool rule file lie in its text, without parsing it as XML: the head
 * (XML declaration, DOCTYPE with its entities, and the root element's start tag), the root's children
 * that are rules ({@code <rule>} or {@code <rulegroup>}, in file order) and its other children (such as
 * {@code <unification>}), which every partial copy of the file must keep. Comments, processing
 * instructions, CDATA and quoted attribute values are skipped, so a {@code <} or {@code >} in them does
 * not count. A file whose tags do not balance is refused.
 */
record RuleFileLayout(String root, int headEnd, List<Range> rules, List<Range> others) {
    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the file's text. */
    record Range(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    RuleFileLayout {
        rules = List.copyOf(rules);
        others = List.copyOf(others);
    }

    static RuleFileLayout of(String text) {
        List<Range> rules = new ArrayList<>();
        List<Range> others = new ArrayList<>();
        int headEnd = -1;
        String root = null;
        int depth = 0;
        int childStart = -1;
        boolean childIsRule = false;
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('<', i);
            if (open < 0) {
                break;
            }
            if (text.startsWith("<!--", open)) {
                i = after(text, "-->", open);
            } else if (text.startsWith("<?", open)) {
                i = after(text, "?>", open);
            } else if (text.startsWith("<![CDATA[", open)) {
                i = after(text, "]]>", open);
            } else if (text.startsWith("<!", open)) {
                i = declarationEnd(text, open);
            } else if (text.startsWith("</", open)) {
                i = tagEnd(text, open);
                depth--;
                if (depth < 0) {
                    throw new IllegalArgumentException("an end tag without its start tag at character " + open);
                }
                if (depth == 1) {
                    (childIsRule ? rules : others).add(new Range(childStart, i));
                }
            } else {
                i = tagEnd(text, open);
                boolean empty = text.charAt(i - 2) == '/';
                if (depth == 0) {
                    headEnd = i;
                    root = elementName(text, open + 1);
                } else if (depth == 1) {
                    childStart = open;
                    String name = elementName(text, open + 1);
                    childIsRule = name.equals("rule") || name.equals("rulegroup");
                    if (empty) {
                        (childIsRule ? rules : others).add(new Range(childStart, i));
                    }
                }
                if (!empty) {
                    depth++;
                }
            }
        }
        if (headEnd < 0 || depth != 0) {
            throw new IllegalArgumentException(headEnd < 0 ? "no root element" : "the root element is not closed");
        }
        return new RuleFileLayout(root, headEnd, rules, others);
    }

    /** The root element's end tag, which closes every partial copy. */
    String rootEnd() {
        return "</" + root + ">\n";
    }

    /** The head followed by the root's children that are not rules: what every partial copy starts with. */
    String prelude(String text) {
        StringBuilder prelude = new StringBuilder(text.substring(0, headEnd));
        for (Range other : others) {
            prelude.append('\n').append(other.of(text));
        }
        return prelude.append('\n').toString();
    }

    private static String elementName(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                && text.charAt(end) != '/') {
            end++;
        }
        return text.substring(from, end);
    }

    /** The index after a tag's closing {@code >}, skipping quoted attribute values. */
    private static int tagEnd(String text, int open) {
        char quote = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("a tag not closed, from character " + open);
    }

    /** The index after a declaration such as DOCTYPE, including an internal subset in brackets. */
    private static int declarationEnd(String text, int open) {
        int bracket = 0;
        char quote = 0;
        for (int i = open + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i) - 1;
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (c == '>' && bracket == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("a declaration not closed, from character " + open);
    }

    private static int after(String text, String terminator, int from) {
        int end = text.indexOf(terminator, from + 2);
        if (end < 0) {
            throw new IllegalArgumentException("'" + terminator + "' missing after character " + from);
        }
        return end + terminator.length();
    }
}
