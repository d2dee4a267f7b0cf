package dev.unspin.engine;

import java.util.List;

/**
 * A detector that weighs what the other detectors found in the document (and how the document
 * would be judged) before it reports: the pipeline runs it after every {@link Detector} and hands
 * it that evidence explicitly. Thread-safe, no per-document state.
 */
public interface EvidenceDetector {

    List<Finding> detect(Document document, CheckSettings settings, RuleSelection rules, DocumentEvidence evidence);
}
