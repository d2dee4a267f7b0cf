package dev.unspin.bitext;

/**
 * An inline code of a segment (an XLIFF {@code <ph id="1"/>}, a TMX {@code <bpt i="1">}, a tag in a
 * PO string), named by its kind and id so that source and target codes can be compared, and where
 * it is written in the file (for the source side, -1).
 */
public record InlineCode(String key, int start, int end) {
}
