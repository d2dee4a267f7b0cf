package dev.unspin.cli;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Severity;
import dev.unspin.engine.Verdict;

import java.util.List;

/** The --fail-on threshold: what in a run makes the exit code 1. */
enum FailOn {
    SPUN, SUSPECT, ERROR, WARNING, NEVER;

    boolean reached(List<DocumentResult> results) {
        for (DocumentResult r : results) {
            if (reached(r)) {
                return true;
            }
        }
        return false;
    }

    private boolean reached(DocumentResult r) {
        return switch (this) {
            case SPUN -> r.verdict() == Verdict.SPUN;
            case SUSPECT -> r.verdict() != Verdict.CLEAN;
            case ERROR -> anyAtLeast(r.findings(), Severity.ERROR);
            case WARNING -> anyAtLeast(r.findings(), Severity.WARNING);
            case NEVER -> false;
        };
    }

    private static boolean anyAtLeast(List<Finding> findings, Severity floor) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(floor) >= 0);
    }
}
