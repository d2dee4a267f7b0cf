package dev.unspin.bitext;

import dev.unspin.text.LineIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline codes of a segment from a plain-text format (PO, TSV, aligned lines): markup tags such
 * as {@code <b>}, {@code </a>} or {@code <br/>} written in the strings, each keyed by its tag.
 */
final class TextCodes {
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]*)?/?>");

    private TextCodes() {
    }

    static Segment segment(String id, LineIndex lines, String source, MappedText target, int anchorStart, int anchorEnd) {
        List<InlineCode> sourceCodes = new ArrayList<>();
        Matcher s = TAG.matcher(source);
        while (s.find()) {
            sourceCodes.add(new InlineCode(key(s.group()), -1, -1));
        }
        List<InlineCode> targetCodes = new ArrayList<>();
        Matcher t = TAG.matcher(target.text());
        while (t.find()) {
            targetCodes.add(new InlineCode(key(t.group()), target.fileStart(t.start()), target.fileEnd(t.end())));
        }
        return new Segment(id, lines.line(anchorStart), lines.column(anchorStart), source, sourceCodes, target, targetCodes,
                anchorStart, anchorEnd);
    }

    /** A tag's key: its name, with a slash for a closing tag ({@code <a href="x">} is {@code <a>}). */
    private static String key(String tag) {
        Matcher name = Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*").matcher(tag);
        name.find();
        return name.group() + (tag.endsWith("/>") ? "/>" : ">");
    }
}
