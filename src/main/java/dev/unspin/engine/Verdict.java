package dev.unspin.engine;

/** A document's overall judgement. */
public enum Verdict {
    CLEAN, SUSPECT, SPUN;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
