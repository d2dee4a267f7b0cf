package dev.unspin.cli;

import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputFormat;
import dev.unspin.input.InputProblem;
import dev.unspin.input.InputSource;
import dev.unspin.input.TextReader;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.pipeline.InputOutcome;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Checks a list of inputs through the pipeline on a few threads, keeping the input order. An input
 * that cannot be read, or whose check fails unexpectedly (any exception, or an error such as a stack
 * overflow: the pool's future holds whatever the check threw), becomes a one-line problem (printed to
 * {@code err} at once) and never stops the others.
 */
final class BatchRun {
    private final CheckPipeline pipeline;
    private final TextReader reader;
    private final PrintWriter err;
    private final int threads;
    private final Function<InputSource, InputFormat> formats;

    /** {@code formats} says how each input is written, so that only its prose is checked. */
    BatchRun(CheckPipeline pipeline, TextReader reader, PrintWriter err, int threads, Function<InputSource, InputFormat> formats) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.err = err;
        this.threads = threads;
        this.formats = formats;
    }

    Outcome run(List<InputSource> sources, List<InputProblem> earlierProblems) {
        List<DocumentResult> results = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>(earlierProblems);
        earlierProblems.forEach(p -> err.println("unspin: " + p));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, sources.size())));
        try {
            List<Future<InputOutcome>> pending = new ArrayList<>();
            for (InputSource source : sources) {
                pending.add(pool.submit(() -> pipeline.check(source, reader, formats.apply(source))));
            }
            for (int i = 0; i < pending.size(); i++) {
                InputOutcome outcome = outcomeOf(pending.get(i), sources.get(i));
                if (outcome instanceof InputOutcome.Checked checked) {
                    results.add(checked.result());
                } else if (outcome instanceof InputOutcome.Refused refused) {
                    err.println("unspin: " + refused.problem());
                    err.flush();
                    problems.add(refused.problem());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(results, problems);
    }

    private static InputOutcome outcomeOf(Future<InputOutcome> future, InputSource source) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new InputOutcome.Refused(new InputProblem(source.display(), "interrupted"));
        } catch (ExecutionException e) {
            return new InputOutcome.Refused(new InputProblem(source.display(), InternalFailure.describe("checking", e.getCause())));
        }
    }

    record Outcome(List<DocumentResult> results, List<InputProblem> problems) {
    }
}
