package dev.unspin.engine;

import java.util.List;

/**
 * One way of finding spins that needs only the document. Implementations are thread-safe and keep
 * no per-document state; they run only the rules {@code rules} enables.
 */
public interface Detector {

    List<Finding> detect(Document document, CheckSettings settings, RuleSelection rules);
}
