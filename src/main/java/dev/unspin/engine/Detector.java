package dev.unspin.engine;

import java.util.List;

/**
 * One way of finding spins that needs only the document. Implementations are thread-safe and keep
 * no per-document state; they run only the rules {@code rules} enables.
 */
public interface Detector {

    /**
     * Called before {@link #detect} on the same document: a detector may start, in the background,
     * what detecting on it will need. Never changes what {@code detect} finds; the default does nothing.
     */
    default void prepare(Document document, CheckSettings settings, RuleSelection rules) {
    }

    List<Finding> detect(Document document, CheckSettings settings, RuleSelection rules);
}
