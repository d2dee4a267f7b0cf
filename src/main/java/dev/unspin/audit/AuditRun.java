package dev.unspin.audit;


import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The streaming pipeline of an audit: this thread reads the inputs record by record into a bounded
 * queue; {@code threads} workers take records, check them and put their output lines into a
 * second bounded queue; one writer thread appends the lines to documents.jsonl. At most about
 * {@code 2 × capacity + threads} records are in memory at once, however large the input.
 * Lines are written in the order the workers finish, not in input order, so that a slow document
 * does not hold back the others; each line carries its record's input position.
 */
final class AuditRun {
    private static final Object END = new Object();

    private final RecordCheck check;
    private final int threads;
    private final int capacity;
    private final AuditProgress progress;

    AuditRun(RecordCheck check, int threads, int capacity) {
        this(check, threads, capacity, AuditProgress.off());
    }

    AuditRun(RecordCheck check, int threads, int capacity, AuditProgress progress) {
        this.check = check;
        this.threads = Math.max(1, threads);
        this.capacity = Math.max(1, capacity);
        this.progress = progress;
    }

    /**
     * Counts of a run: records met in the inputs, those already done (--resume), the lines written
     * by status, and how many of the skipped ones were not English.
     */
    record Counts(long read, long alreadyDone, long scored, long skipped, long failed, long written, long notEnglish,
                  Set<String> positions) {
        long in() {
            return read - alreadyDone;
        }

        long out() {
            return scored + skipped + failed;
        }
    }

    Counts run(List<FeedReader> readers, Set<String> done, DocumentsFile out) throws IOException, InterruptedException {
        BlockingQueue<Object> work = new ArrayBlockingQueue<>(capacity);
        BlockingQueue<Object> lines = new ArrayBlockingQueue<>(capacity);
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> work(work, lines), "audit-worker-" + i);
            workers[i].setDaemon(true);
            workers[i].start();
        }
        Writer writer = new Writer(lines, out);
        Thread writing = new Thread(writer, "audit-writer");
        writing.setDaemon(true);
        writing.start();
        long[] read = new long[2];
        Set<String> positions = new java.util.HashSet<>();
        for (FeedReader reader : readers) {
            readAll(reader, record -> {
                read[0]++;
                positions.add(record.position());
                if (done.contains(record.position())) {
                    read[1]++;
                    progress.alreadyDone();
                    return;
                }
                try {
                    work.put(record);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            });
        }
        for (int i = 0; i < threads; i++) {
            work.put(END);
        }
        writing.join();
        if (writer.error != null) {
            throw writer.error;
        }
        return new Counts(read[0], read[1], writer.counts[0], writer.counts[1], writer.counts[2], writer.written,
                writer.notEnglish, positions);
    }

    /**
     * Runs a reader; should it throw (a bug, not bad input, which readers report as failed records)
     * or run out of memory, the error becomes one failed record at the input's next position and the
     * run goes on.
     */
    private static void readAll(FeedReader reader, java.util.function.Consumer<FeedRecord> sink) {
        String[] last = {null};
        try {
            reader.read(record -> {
                last[0] = record.position();
                sink.accept(record);
            });
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            sink.accept(FeedRecord.failed((last[0] == null ? reader.input() : last[0]) + " (next)",
                    "internal error while reading: " + e + "; the rest of this input could not be read"));
        } catch (OutOfMemoryError e) {
            sink.accept(FeedRecord.failed((last[0] == null ? reader.input() : last[0]) + " (next)",
                    "out of memory while reading (lower --max-record-size or give Java more memory);"
                            + " the rest of this input could not be read"));
        }
    }

    private void work(BlockingQueue<Object> work, BlockingQueue<Object> lines) {
        try {
            while (true) {
                Object next = work.take();
                if (next == END) {
                    lines.put(END);
                    return;
                }
                lines.put(check.line((FeedRecord) next));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Appends lines as they come; after a write error it keeps draining (so no worker blocks) and reports the error. */
    private final class Writer implements Runnable {
        private final BlockingQueue<Object> lines;
        private final DocumentsFile out;
        final long[] counts = new long[3];
        long written;
        long notEnglish;
        volatile IOException error;

        Writer(BlockingQueue<Object> lines, DocumentsFile out) {
            this.lines = lines;
            this.out = out;
        }

        @Override
        public void run() {
            int ended = 0;
            try {
                while (ended < threads) {
                    Object next = lines.take();
                    if (next == END) {
                        ended++;
                        continue;
                    }
                    DocumentLine line = (DocumentLine) next;
                    if (error != null) {
                        continue;
                    }
                    try {
                        out.append(line.json());
                        written++;
                        if (line.language() != null) {
                            notEnglish++;
                        }
                        progress.written(line.words());
                        counts[switch (line.status()) {
                            case DocumentLine.SCORED -> 0;
                            case DocumentLine.SKIPPED -> 1;
                            default -> 2;
                        }]++;
                    } catch (IOException e) {
                        error = e;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
