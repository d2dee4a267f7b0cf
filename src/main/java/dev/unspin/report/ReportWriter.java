package dev.unspin.report;

import java.io.PrintStream;

/** Renders a run in one output format. Writers hold no logic beyond presentation. */
public interface ReportWriter {

    void write(RunReport report, PrintStream out);
}
