package dev.unspin.originals;

/**
 * The fields of the index. An original is one Lucene document ({@link #ORIGINAL}: its number,
 * {@link #ID}, {@link #POSITION}, {@link #TEXT} stored); each of its passages is another ({@link #OF}:
 * the original's number; {@link #SKELETON} and {@link #WORDS}: its retrieval terms, indexed only).
 */
final class IndexFields {
    static final String ORIGINAL = "original";
    static final String OF = "of";
    static final String ID = "id";
    static final String POSITION = "position";
    static final String TEXT = "text";
    static final String SKELETON = "skeleton";
    static final String WORDS = "words";

    private IndexFields() {
    }
}
