package dev.unspin.bitext;

import dev.unspin.text.LineIndex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline codes of a segment from a plain-text format (PO, TSV, aligned lines): markup tags such
 * as {@code <b>}, {@code </a>} or {@code <br/>} written in the strings, each keyed by its tag. A word in
 * angle brackets is a tag only when it is one for sure: a closing or self-closing tag, one with
 * attributes, an HTML void element ({@code <br>}, {@code <hr>}, {@code <img>}, {@code <wbr>}), or an
 * opening tag that either side closes; otherwise it is a placeholder of a usage text that translators
 * translate ({@code <directory>}, German {@code <Verzeichnis>}).
 */
final class TextCodes {
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern CLOSING = Pattern.compile("</([A-Za-z][A-Za-z0-9:-]*)\\s*>");
    private static final Pattern NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9:-]*)");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr");

    private TextCodes() {
    }

    static Segment segment(String id, LineIndex lines, String source, MappedText target, int anchorStart, int anchorEnd) {
        Set<String> closed = new HashSet<>();
        closedNames(source, closed);
        closedNames(target.text(), closed);
        List<InlineCode> sourceCodes = new ArrayList<>();
        Matcher s = TAG.matcher(source);
        while (s.find()) {
            if (isTag(s.group(), closed)) {
                sourceCodes.add(new InlineCode(key(s.group()), -1, -1));
            }
        }
        List<InlineCode> targetCodes = new ArrayList<>();
        Matcher t = TAG.matcher(target.text());
        while (t.find()) {
            if (isTag(t.group(), closed)) {
                targetCodes.add(new InlineCode(key(t.group()), target.fileStart(t.start()), target.fileEnd(t.end())));
            }
        }
        return new Segment(id, lines.line(anchorStart), lines.column(anchorStart), source, sourceCodes, target, targetCodes,
                anchorStart, anchorEnd);
    }

    private static void closedNames(String text, Set<String> into) {
        Matcher m = CLOSING.matcher(text);
        while (m.find()) {
            into.add(m.group(1).toLowerCase(Locale.ROOT));
        }
    }

    private static boolean isTag(String tag, Set<String> closed) {
        Matcher name = NAME.matcher(tag);
        name.find();
        String lower = name.group(1).toLowerCase(Locale.ROOT);
        return tag.startsWith("</") || tag.endsWith("/>") || tag.length() > name.end() + 1 || VOID.contains(lower) || closed.contains(lower);
    }

    /** A tag's key: its name, with a slash for a closing tag ({@code <a href="x">} is {@code <a>}). */
    private static String key(String tag) {
        Matcher name = NAME.matcher(tag);
        name.find();
        return name.group() + (tag.endsWith("/>") ? "/>" : ">");
    }
}
