package dev.unspin.text;

/**
 * The matching view of a text: typographic variants folded to plain forms, invisible characters
 * dropped, and for every character of the view the span of original text it came from, so that a
 * span found in the view maps back exactly onto the original.
 */
public final class NormalizedText {
    private final String text;
    private final int[] sourceStart;
    private final int[] sourceEnd;

    NormalizedText(String text, int[] sourceStart, int[] sourceEnd) {
        this.text = text;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    public String text() {
        return text;
    }

    /** Original offset where the view's character at {@code index} begins. */
    public int originalStart(int index) {
        return sourceStart[index];
    }

    /** Original offset just past the view's character at {@code exclusiveEnd - 1}. */
    public int originalEnd(int exclusiveEnd) {
        return sourceEnd[exclusiveEnd - 1];
    }
}
