package dev.unspin.engine;

import java.util.List;

/** One way of finding spins. Implementations are thread-safe and keep no per-document state. */
public interface Detector {

    List<Finding> detect(Document document, CheckSettings settings);
}
