package dev.unspin.bitext;

import dev.unspin.text.ProseMask;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bilingual file read into its segments: what of the file is English prose (the target texts, for
 * the English-side detectors) and each segment's source and target for the checks against the source.
 *
 * @param segments       in file order
 * @param sourceLanguage        the source language the file declares (XLIFF, TMX), if any
 * @param fileLength            the file's length in characters
 * @param whitespaceSignificant whether leading and trailing whitespace is part of a segment (not for aligned lines)
 */
public record Bitext(List<Segment> segments, Optional<String> sourceLanguage, int fileLength, boolean whitespaceSignificant) {

    public Bitext {
        segments = List.copyOf(segments);
    }

    /**
     * The file's prose: the characters of target texts written as themselves (an entity or escape is
     * not prose, nor is an inline code); each target ends a block, so no sentence runs into the next
     * segment.
     */
    public ProseMask mask() {
        List<ProseMask.Range> nonProse = new ArrayList<>();
        List<Integer> breaks = new ArrayList<>();
        int proseFrom = 0;
        int covered = 0;
        for (Segment s : segments) {
            MappedText t = s.target();
            for (int i = 0; i < t.text().length(); i++) {
                int start = t.starts()[i];
                int end = t.ends()[i];
                if (end - start != 1 || start < covered || insideCode(s, start)) {
                    continue;
                }
                nonProse.add(new ProseMask.Range(proseFrom, start));
                proseFrom = end;
                covered = end;
            }
            if (!t.isEmpty() && s.anchorEnd() < fileLength) {
                breaks.add(s.anchorEnd());
            }
        }
        nonProse.add(new ProseMask.Range(proseFrom, fileLength));
        return new ProseMask(nonProse, breaks.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean insideCode(Segment s, int offset) {
        for (InlineCode c : s.targetCodes()) {
            if (offset >= c.start() && offset < c.end()) {
                return true;
            }
        }
        return false;
    }
}
