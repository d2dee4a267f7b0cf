package dev.unspin.engine;

import java.util.List;

/** One way of finding spins. Implementations are thread-safe and keep no per-document state. */
public interface Detector {

    List<Finding> detect(Document document, CheckSettings settings);

    /**
     * As above, knowing what the detectors before this one found (above the confidence floor): a
     * detector that weighs document-level evidence overrides it.
     */
    default List<Finding> detect(Document document, CheckSettings settings, List<Finding> earlier) {
        return detect(document, settings);
    }
}
