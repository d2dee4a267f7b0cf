package dev.unspin.engine;

/** Which detector produced a finding: its name in reports (the JSON report's "source") and on the command line (--detectors). */
public enum DetectorKind {
    DICTIONARY, GRAMMAR, MODEL,
    /** The checks of a translation against its source (bilingual inputs only). */
    SOURCE,
    /** Comparison with known originals (--originals, --index): runs only when originals are given. */
    ORIGINALS;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
