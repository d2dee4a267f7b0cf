package dev.unspin.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A text of the labelled set: spun phrases are marked inline as {@code {{spun phrase|original}}},
 * alternatives of the original separated by '/'. Parsing yields the plain text, as a spinner
 * would have published it, and the marked spans in it.
 */
public record LabelledText(String text, List<GoldSpan> gold) {

    public static LabelledText parse(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<GoldSpan> gold = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf("{{", i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            int close = marked.indexOf("}}", open);
            int bar = marked.indexOf('|', open);
            if (close < 0 || bar < 0 || bar > close) {
                throw new IllegalArgumentException("malformed marker at offset " + open + ": expected {{spun|original}}");
            }
            text.append(marked, i, open);
            String spun = marked.substring(open + 2, bar);
            int start = text.length();
            text.append(spun);
            gold.add(new GoldSpan(start, text.length(), List.of(marked.substring(bar + 1, close).split("/"))));
            i = close + 2;
        }
        return new LabelledText(text.toString(), gold);
    }

    /** A spun phrase at [start, end) of the plain text and the originals it may restore to. */
    public record GoldSpan(int start, int end, List<String> originals) {
    }
}
