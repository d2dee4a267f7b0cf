package dev.unspin.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs checks on a fixed number of threads with a bounded queue beyond them: 429 when the queue is full,
 * 503 when a check (waiting included) outlasts the per-request time limit. A check past its limit is
 * interrupted; its thread is free again when the check returns.
 */
final class CheckRunner implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final Duration timeout;
    private final int threads;
    private final int queue;

    CheckRunner(int threads, int queue, Duration timeout) {
        this.threads = threads;
        this.queue = queue;
        this.timeout = timeout;
        BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, waiting, task -> {
            Thread t = new Thread(task, "unspin-check-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    Duration timeout() {
        return timeout;
    }

    <T> T run(Callable<T> check) {
        Future<T> future;
        try {
            future = executor.submit(check);
        } catch (RejectedExecutionException e) {
            throw new HttpProblem(429, "the server is busy (" + threads + " checks running, " + queue + " waiting); try again shortly");
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpProblem(503, "the check took longer than the server's limit of " + timeout.toMillis() + " ms (--timeout)");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new HttpProblem(503, "the server is stopping");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpProblem problem) {
                throw problem;
            }
            throw new IllegalStateException("the check failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
