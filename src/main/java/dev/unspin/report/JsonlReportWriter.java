package dev.unspin.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputProblem;

import java.io.PrintWriter;

/**
 * JSON Lines for streams: one line per document, shaped like an element of the JSON report's
 * "documents" array, plus the tool: "unspinTool" as the JSON report's "tool" object and, for readers
 * written before that, "tool" as a string ("unspin 0.1.0"); an unreadable input is a line with "path" and "error".
 */
public final class JsonlReportWriter implements ReportWriter {

    @Override
    public void write(RunReport report, PrintWriter out) {
        for (DocumentResult document : report.documents()) {
            ObjectNode line = JsonReportWriter.document(document);
            line.put("tool", "unspin " + report.toolVersion());
            line.set("unspinTool", JsonReportWriter.tool(report));
            JsonOutput.line(line, out);
        }
        for (InputProblem problem : report.problems()) {
            JsonOutput.line(JsonOutput.MAPPER.createObjectNode().put("path", problem.path()).put("error", problem.message()), out);
        }
    }
}
