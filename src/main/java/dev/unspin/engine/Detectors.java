package dev.unspin.engine;

import java.util.List;

/**
 * The detectors of one check: those that need only the document, and those that weigh the others'
 * findings as evidence (run after them, whatever order they were listed in).
 */
public record Detectors(List<Detector> direct, List<EvidenceDetector> evidenceBased) {

    public Detectors {
        direct = List.copyOf(direct);
        evidenceBased = List.copyOf(evidenceBased);
    }
}
