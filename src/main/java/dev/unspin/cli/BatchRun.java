package dev.unspin.cli;

import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Engine;
import dev.unspin.engine.Suppressions;
import dev.unspin.input.InputFormat;
import dev.unspin.input.InputProblem;
import dev.unspin.input.InputSource;
import dev.unspin.input.MarkupComments;
import dev.unspin.input.TextReader;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads and checks a list of inputs on a few threads, keeping the input order. An input that
 * cannot be read, or whose check fails unexpectedly, becomes a one-line problem (printed to
 * stderr at once) and never stops the others.
 */
final class BatchRun {
    private final BiFunction<InputSource, Document, DocumentResult> checker;
    private final TextReader reader;
    private final PrintStream err;
    private final int threads;
    private final Function<InputSource, InputFormat> formats;

    /** {@code formats} says how each input is written, so that only its prose is checked. */
    BatchRun(Engine engine, TextReader reader, PrintStream err, int threads, Function<InputSource, InputFormat> formats) {
        this((source, document) -> engine.check(document), reader, err, threads, formats);
    }

    /** {@code checker} checks one input's document (check uses it to apply the configuration in effect for the input). */
    BatchRun(BiFunction<InputSource, Document, DocumentResult> checker, TextReader reader, PrintStream err, int threads,
             Function<InputSource, InputFormat> formats) {
        this.checker = checker;
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
            List<Future<Object>> pending = new ArrayList<>();
            for (InputSource source : sources) {
                pending.add(pool.submit(() -> checkOne(source)));
            }
            for (int i = 0; i < pending.size(); i++) {
                Object outcome = outcomeOf(pending.get(i), sources.get(i));
                if (outcome instanceof DocumentResult result) {
                    results.add(result);
                } else {
                    InputProblem problem = (InputProblem) outcome;
                    err.println("unspin: " + problem);
                    problems.add(problem);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(results, problems);
    }

    private Object checkOne(InputSource source) {
        TextReader.Result read = reader.read(source);
        if (read.problem() != null) {
            return read.problem();
        }
        String text = read.text();
        InputFormat format = formats.apply(source);
        DocumentResult result = checker.apply(source, new Document(source.display(), text, format.prose(text)));
        return Suppressions.of(text, MarkupComments.find(format, text)).apply(result);
    }

    private static Object outcomeOf(Future<Object> future, InputSource source) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new InputProblem(source.display(), "interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            return new InputProblem(source.display(), "internal error while checking: " + cause);
        }
    }

    record Outcome(List<DocumentResult> results, List<InputProblem> problems) {
    }
}
