package dev.unspin.cli;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Severity;
import dev.unspin.engine.Verdict;

import java.util.List;

/**
 * The --fail-on threshold: what in a run makes the exit code 1. Only what a report shows counts: a
 * finding a report filter hid (a baseline, --changed-since) never does, and a spun or suspect
 * document reaches spun/suspect only if it shows at least one finding.
 */
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
            case SPUN -> r.verdict() == Verdict.SPUN && !r.findings().isEmpty();
            case SUSPECT -> r.verdict() != Verdict.CLEAN && !r.findings().isEmpty();
            case ERROR -> anyAtLeast(r.findings(), Severity.ERROR);
            case WARNING -> anyAtLeast(r.findings(), Severity.WARNING);
            case NEVER -> false;
        };
    }

    private static boolean anyAtLeast(List<Finding> findings, Severity floor) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(floor) >= 0);
    }
}
