package dev.unspin.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts running prose, given as sentences or paragraphs in order, into documents of at least
 * {@code words} words each, at those boundaries; a short remainder is dropped. Pieces are joined
 * with a space, or with a blank line where a piece was a paragraph.
 */
public final class ProseChunks {
    private ProseChunks() {
    }

    /** One document: a name (source and number) and its text. */
    public record Doc(String name, String text) {
        int words() {
            return wordCount(text);
        }
    }

    static List<Doc> cut(String source, List<String> pieces, String separator, int words) {
        List<Doc> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (String piece : pieces) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append(separator);
            }
            text.append(p);
            count += wordCount(p);
            if (count >= words) {
                docs.add(new Doc(source + "-" + (docs.size() + 1), text.toString()));
                text.setLength(0);
                count = 0;
            }
        }
        return docs;
    }

    static int wordCount(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
