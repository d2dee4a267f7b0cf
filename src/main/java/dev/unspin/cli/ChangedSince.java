package dev.unspin.cli;

import dev.unspin.engine.DocumentResult;
import dev.unspin.git.ChangedLines;
import dev.unspin.git.GitChanges;
import dev.unspin.git.GitException;
import dev.unspin.input.InputSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * check --changed-since REF: the changed lines of every input, looked up before checking, and the
 * filter applied after it. Scores and verdicts stay those of the whole documents.
 */
final class ChangedSince {
    private final Map<String, ChangedLines> byDisplay;

    private ChangedSince(Map<String, ChangedLines> byDisplay) {
        this.byDisplay = byDisplay;
    }

    /** Asks git about every input; standard input, a file outside a repository or an unknown REF is an error. */
    static ChangedSince lookUp(String ref, List<InputSource> sources) throws GitException {
        GitChanges git = new GitChanges(ref);
        Map<String, ChangedLines> lines = new HashMap<>();
        for (InputSource source : sources) {
            if (source.isStdin()) {
                throw new GitException("--changed-since cannot be used with standard input (it has no git history); name the files");
            }
            lines.put(source.display(), git.changedLines(source.path(), source.display()));
        }
        return new ChangedSince(lines);
    }

    List<DocumentResult> filter(List<DocumentResult> results) {
        List<DocumentResult> kept = new ArrayList<>();
        for (DocumentResult r : results) {
            ChangedLines lines = byDisplay.get(r.document().path());
            kept.add(lines == null ? r : lines.filter(r));
        }
        return kept;
    }
}
