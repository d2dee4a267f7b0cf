package dev.unspin.engine;

/**
 * Where a finding's words stand in a known original: the original's id (as its feed or file named
 * it), and the offsets of the original wording in the original's text (Java String indices, end exclusive).
 */
public record OriginalSpan(String id, int start, int end) {
}
