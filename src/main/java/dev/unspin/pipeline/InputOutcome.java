package dev.unspin.pipeline;

import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputProblem;

/** What became of one input: checked, or refused with a one-line problem. */
public sealed interface InputOutcome {

    record Checked(DocumentResult result) implements InputOutcome {
    }

    record Refused(InputProblem problem) implements InputOutcome {
    }
}
