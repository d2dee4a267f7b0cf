package dev.unspin.report;

import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputProblem;

import java.util.List;

/** Everything a report writer needs about one run: the checked documents and the refused inputs. */
public record RunReport(String toolVersion, List<DocumentResult> documents, List<InputProblem> problems) {

    public RunReport {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public Summary summary() {
        return Summary.of(documents);
    }
}
