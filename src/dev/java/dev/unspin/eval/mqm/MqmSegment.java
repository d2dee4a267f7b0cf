package dev.unspin.eval.mqm;

import java.util.List;

/**
 * One machine translation of one source segment with its raters' annotations.
 *
 * @param system    the MT system (or reference) that wrote the target
 * @param errors    every annotated error (one per rater and span)
 * @param errorFree whether every rater marked the segment No-error
 */
public record MqmSegment(String system, String doc, String segment, String source, String target, List<MqmError> errors,
                         boolean errorFree) {
}
