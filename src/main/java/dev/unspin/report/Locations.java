package dev.unspin.report;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.text.LineIndex;

/** A finding's 1-based start and end line and column (UTF-16 code units; the end column is exclusive). */
record Locations(int line, int column, int endLine, int endColumn) {

    static Locations of(DocumentResult result, Finding finding) {
        LineIndex lines = result.document().lineIndex();
        return new Locations(lines.line(finding.start()), lines.column(finding.start()),
                lines.line(finding.end()), lines.column(finding.end()));
    }
}
