package dev.unspin.eval;

import java.util.Comparator;
import java.util.List;

/** One swap a spinner makes: the text at [start, end) becomes {@code spun}. */
public record Replacement(int start, int end, String spun) {

    /** The text with every replacement written as a labelled marker {@code {{spun|original}}}; replacements must not overlap. */
    static String mark(String text, List<Replacement> replacements) {
        StringBuilder out = new StringBuilder(text.length() + 16 * replacements.size());
        int pos = 0;
        for (Replacement r : replacements.stream().sorted(Comparator.comparingInt(Replacement::start)).toList()) {
            if (r.start() < pos) {
                throw new IllegalArgumentException("overlapping replacements at offset " + r.start());
            }
            out.append(text, pos, r.start()).append("{{").append(r.spun()).append('|').append(text, r.start(), r.end()).append("}}");
            pos = r.end();
        }
        return out.append(text, pos, text.length()).toString();
    }
}
