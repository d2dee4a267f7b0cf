package dev.unspin.eval.mqm;

/**
 * One annotated error: its MQM category and severity, and its span, in the target ({@code side}
 * TARGET), in the source (an omission: SOURCE) or the whole segment (no span marked: SEGMENT);
 * start and end are offsets into that side's text.
 */
public record MqmError(String category, String severity, Side side, int start, int end) {
    public enum Side { TARGET, SOURCE, SEGMENT }

    public boolean accuracy() {
        return category.startsWith("Accuracy");
    }
}
