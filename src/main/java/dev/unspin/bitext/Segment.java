package dev.unspin.bitext;

import java.util.List;

/**
 * One translation unit: a source text and its English translation.
 *
 * @param id          the unit's id as the file names it (an XLIFF/TMX id, a PO msgctxt or line, a line number)
 * @param line        1-based line of the target text in the file (of the unit when it has no target)
 * @param column      1-based column of the same
 * @param source      the source text, codes left out
 * @param sourceCodes the source's inline codes (offsets -1)
 * @param target      the target text and where it is in the file; empty when the unit is untranslated
 * @param targetCodes the target's inline codes
 * @param anchorStart file offset a finding about the whole segment starts at: the target's content, or
 *                    the unit's first line when it has no target
 * @param anchorEnd   file offset such a finding ends at
 * @param notes       the unit's notes for translators (PO translator and extracted comments, XLIFF and TMX
 *                    {@code note} elements), each as written; where inline suppressions are written
 */
public record Segment(String id, int line, int column, String source, List<InlineCode> sourceCodes, MappedText target,
                      List<InlineCode> targetCodes, int anchorStart, int anchorEnd, List<String> notes) {

    public Segment {
        sourceCodes = List.copyOf(sourceCodes);
        targetCodes = List.copyOf(targetCodes);
        notes = List.copyOf(notes);
    }

    /** A segment with no notes. */
    public Segment(String id, int line, int column, String source, List<InlineCode> sourceCodes, MappedText target,
                   List<InlineCode> targetCodes, int anchorStart, int anchorEnd) {
        this(id, line, column, source, sourceCodes, target, targetCodes, anchorStart, anchorEnd, List.of());
    }

    /** The same segment with these notes. */
    public Segment withNotes(List<String> unitNotes) {
        return new Segment(id, line, column, source, sourceCodes, target, targetCodes, anchorStart, anchorEnd, unitNotes);
    }

    /** The target text as read. */
    public String targetText() {
        return target.text();
    }
}
