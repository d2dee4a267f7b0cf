package dev.unspin.bitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the content of a source or target element of an XLIFF or TMX file (already checked well-formed
 * by {@link SafeXml}) between two file offsets: its text with entities and CDATA decoded and every
 * character mapped to its place in the file, and its inline codes. Elements whose content is native
 * code ({@code ph}, {@code bpt}, {@code ept}, {@code it}, {@code ut}) are one code, content and all;
 * other inline elements ({@code g}, {@code x}, {@code bx}, {@code ex}, {@code pc}, {@code sc},
 * {@code ec}, {@code hi}) are codes at their tags and their text is read; annotation markers
 * ({@code mrk}, {@code sm}, {@code em}) are neither.
 */
final class XmlContent {
    private static final Set<String> NATIVE_CODE = Set.of("ph", "bpt", "ept", "it", "ut");
    private static final Set<String> MARKERS = Set.of("mrk", "sm", "em", "sub");
    private static final String[] ID_ATTRIBUTES = {"id", "i", "x", "startRef", "rid"};
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("(?:^|\\s)([A-Za-z:]+)\\s*=\\s*([\"'])(.*?)\\2");

    record Content(MappedText text, List<InlineCode> codes) {
    }

    private XmlContent() {
    }

    static Content read(String xml, int from, int to) {
        MappedText.Builder text = new MappedText.Builder();
        List<InlineCode> codes = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = xml.charAt(i);
            if (c == '<' && xml.startsWith("<![CDATA[", i)) {
                int end = xml.indexOf("]]>", i);
                for (int k = i + 9; k < end; k++) {
                    text.append(xml.charAt(k), k, k + 1);
                }
                i = end + 3;
            } else if (c == '<' && xml.startsWith("<!--", i)) {
                i = xml.indexOf("-->", i) + 3;
            } else if (c == '<' && xml.startsWith("<?", i)) {
                i = xml.indexOf("?>", i) + 2;
            } else if (c == '<') {
                Tag tag = Tag.at(xml, i);
                int end = tag.end();
                if (!tag.closing() && NATIVE_CODE.contains(tag.name()) && !tag.empty()) {
                    end = closingEnd(xml, tag.end(), tag.name());
                }
                if (!MARKERS.contains(tag.name())) {
                    codes.add(new InlineCode(tag.key(), i, end));
                }
                i = end;
            } else if (c == '&') {
                int semi = xml.indexOf(';', i);
                String decoded = entity(xml.substring(i + 1, semi));
                for (int k = 0; k < decoded.length(); k++) {
                    text.append(decoded.charAt(k), i, semi + 1);
                }
                i = semi + 1;
            } else {
                text.append(c, i, i + 1);
                i++;
            }
        }
        return new Content(text.build(), codes);
    }

    /** The offset just after the element's closing tag (same name, nesting counted), starting inside its content. */
    private static int closingEnd(String xml, int from, String name) {
        int depth = 1;
        int i = from;
        while (true) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                return xml.length();
            }
            if (xml.startsWith("<![CDATA[", lt)) {
                i = xml.indexOf("]]>", lt) + 3;
                continue;
            }
            if (xml.startsWith("<!--", lt)) {
                i = xml.indexOf("-->", lt) + 3;
                continue;
            }
            Tag tag = Tag.at(xml, lt);
            if (tag.name().equals(name) && !tag.empty()) {
                depth += tag.closing() ? -1 : 1;
                if (depth == 0) {
                    return tag.end();
                }
            }
            i = tag.end();
        }
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> name.startsWith("#x") || name.startsWith("#X") ? Character.toString(Integer.parseInt(name.substring(2), 16))
                    : name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1))) : "&" + name + ";";
        };
    }

    /** A start, end or empty-element tag at an offset. */
    record Tag(String name, boolean closing, boolean empty, String key, int end) {
        static Tag at(String xml, int lt) {
            int i = lt + 1;
            boolean closing = i < xml.length() && xml.charAt(i) == '/';
            if (closing) {
                i++;
            }
            int nameStart = i;
            while (i < xml.length() && !Character.isWhitespace(xml.charAt(i)) && xml.charAt(i) != '>' && xml.charAt(i) != '/') {
                i++;
            }
            String name = xml.substring(nameStart, i);
            int colon = name.indexOf(':');
            String local = colon >= 0 ? name.substring(colon + 1) : name;
            String id = null;
            char quote = 0;
            int attributesStart = i;
            while (i < xml.length() && (quote != 0 || xml.charAt(i) != '>')) {
                char c = xml.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                }
                i++;
            }
            String attributes = xml.substring(attributesStart, i);
            boolean empty = attributes.endsWith("/");
            java.util.Map<String, String> values = new java.util.HashMap<>();
            java.util.regex.Matcher m = ATTRIBUTE.matcher(attributes);
            while (m.find()) {
                values.putIfAbsent(m.group(1), m.group(3));
            }
            for (String attribute : ID_ATTRIBUTES) {
                id = id == null ? values.get(attribute) : id;
            }
            String key = (closing ? "/" : "") + local + (id == null ? "" : "#" + id);
            return new Tag(local, closing, empty, key, Math.min(xml.length(), i + 1));
        }

    }
}
