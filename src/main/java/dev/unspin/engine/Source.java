package dev.unspin.engine;

/** Which detector produced a finding. */
public enum Source {
    DICTIONARY, GRAMMAR, MODEL;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
