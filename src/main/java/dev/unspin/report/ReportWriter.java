package dev.unspin.report;

import java.io.PrintWriter;

/** Renders a run in one output format. Writers hold no logic beyond presentation. */
public interface ReportWriter {

    void write(RunReport report, PrintWriter out);
}
