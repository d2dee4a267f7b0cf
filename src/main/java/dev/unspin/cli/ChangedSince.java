package dev.unspin.cli;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.ReportFilter;
import dev.unspin.git.ChangedLines;
import dev.unspin.git.GitChanges;
import dev.unspin.git.GitException;
import dev.unspin.input.InputSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * check --changed-since REF: the changed lines of every input, looked up before checking, and the
 * report filter that shows only the findings on them. Scores and verdicts stay those of the whole documents.
 */
final class ChangedSince implements ReportFilter {
    static final String FILTER = "changed-since";

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

    @Override
    public String name() {
        return FILTER;
    }

    @Override
    public List<Finding> shown(DocumentResult result) {
        ChangedLines lines = byDisplay.get(result.document().path());
        return lines == null ? result.findings() : lines.onChangedLines(result);
    }
}
