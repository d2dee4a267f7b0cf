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
            if (close < 0) {
                throw malformed(open, "no closing }}");
            }
            String body = marked.substring(open + 2, close);
            String[] parts = body.split("\\|", -1);
            if (body.contains("{{") || body.contains("}") || parts.length != 2) {
                throw malformed(open, "expected {{spun|original}}");
            }
            List<String> originals = List.of(parts[1].split("/", -1));
            if (parts[0].isBlank() || originals.stream().anyMatch(String::isBlank)) {
                throw malformed(open, "empty part");
            }
            if (originals.contains(parts[0])) {
                throw malformed(open, "original identical to the spun phrase");
            }
            text.append(marked, i, open);
            int start = text.length();
            text.append(parts[0]);
            gold.add(new GoldSpan(start, text.length(), originals));
            i = close + 2;
        }
        return new LabelledText(text.toString(), gold);
    }

    private static IllegalArgumentException malformed(int offset, String problem) {
        return new IllegalArgumentException("malformed marker at offset " + offset + ": " + problem);
    }

    /** A spun phrase at [start, end) of the plain text and the originals it may restore to. */
    public record GoldSpan(int start, int end, List<String> originals) {
    }
}
