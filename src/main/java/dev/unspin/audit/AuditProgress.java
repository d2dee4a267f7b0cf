package dev.unspin.audit;

import dev.unspin.report.StandardErrorWriter;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The progress of an audit on stderr. The writer thread only bumps atomic counters
 * ({@link #written}); a scheduled reporter thread reads them and prints. On a terminal, a one-line
 * bar redrawn in place four times a second (documents, words/s, and the share done and ETA when
 * the total is known: only for directories); otherwise a plain line every interval.
 */
public final class AuditProgress implements AutoCloseable {
    private static final long TERMINAL_PERIOD_MILLIS = 250;
    private static final int BAR = 20;

    /** Whether to report, on a terminal or not, and how often plain lines come. */
    public record Settings(boolean enabled, boolean terminal, Duration interval) {
        public static final Settings OFF = new Settings(false, false, Duration.ofSeconds(10));
    }

    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong words = new AtomicLong();
    private final AtomicLong alreadyDone = new AtomicLong();
    private final PrintWriter err;
    private final Settings settings;
    private final long total;
    private final LongSupplier nanos;
    private final long start;
    private int lastWidth;
    private ScheduledExecutorService timer;

    /** {@code total} is the number of records when known, else -1; {@code nanos} is the clock. */
    AuditProgress(PrintWriter err, Settings settings, long total, LongSupplier nanos) {
        this.err = err;
        this.settings = settings;
        this.total = total;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /**
     * Whether the process runs on a terminal: {@code System.console() != null}, and on Java 22 and
     * later (where a console exists even when redirected) {@code Console.isTerminal()} as well.
     */
    public static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    static AuditProgress off() {
        return new AuditProgress(null, Settings.OFF, -1, () -> 0);
    }

    /** Starts the reporter thread (nothing when reporting is off). */
    AuditProgress start() {
        if (!settings.enabled()) {
            return this;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-progress");
            t.setDaemon(true);
            return t;
        });
        long period = settings.terminal() ? TERMINAL_PERIOD_MILLIS : Math.max(1, settings.interval().toMillis());
        timer.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
        return this;
    }

    /** A line written (called by the writer thread); {@code words} are those of a scored document, else 0. */
    void written(long words) {
        documents.incrementAndGet();
        if (words > 0) {
            this.words.addAndGet(words);
        }
    }

    /** A record skipped because --resume found it done (called by the reader). */
    void alreadyDone() {
        alreadyDone.incrementAndGet();
    }

    /** Prints the current progress: the bar redrawn in place on a terminal, a plain line otherwise. */
    synchronized void tick() {
        if (!settings.enabled()) {
            return;
        }
        long now = nanos.getAsLong();
        if (settings.terminal()) {
            String bar = bar(now);
            StandardErrorWriter.carriageReturn(err);
            err.print(bar + " ".repeat(Math.max(0, lastWidth - bar.length())));
            lastWidth = bar.length();
        } else {
            err.println(plain(now));
        }
        err.flush();
    }

    /** Stops the reporter and prints the final state (ending the terminal line). */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        if (settings.enabled()) {
            tick();
            if (settings.terminal()) {
                err.println();
            }
        }
    }

    /** The terminal form, e.g. {@code [#########-----------]  45% 450/1000 docs  12,345 words/s  ETA 1:23}. */
    String bar(long now) {
        double seconds = seconds(now);
        String rate = String.format(Locale.ROOT, "%,d words/s", wordsPerSecond(seconds));
        if (total < 0) {
            return String.format(Locale.ROOT, "%,d docs  %s  %s elapsed", documents.get(), rate, clock(seconds));
        }
        long done = Math.min(total, documents.get() + alreadyDone.get());
        double share = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.floor(share * BAR);
        return String.format(Locale.ROOT, "[%s%s] %3d%% %,d/%,d docs  %s  ETA %s", "#".repeat(filled), "-".repeat(BAR - filled),
                (int) Math.floor(share * 100), done, total, rate, eta(seconds, done));
    }

    /** The plain form, e.g. {@code unspin: audit: 450 of 1000 documents (45%), 12345 words/s, ETA 1:23}. */
    String plain(long now) {
        double seconds = seconds(now);
        if (total < 0) {
            return String.format(Locale.ROOT, "unspin: audit: %d documents, %d words/s, %s elapsed", documents.get(),
                    wordsPerSecond(seconds), clock(seconds));
        }
        long done = Math.min(total, documents.get() + alreadyDone.get());
        return String.format(Locale.ROOT, "unspin: audit: %d of %d documents (%d%%), %d words/s, ETA %s", done, total,
                total == 0 ? 100 : (int) Math.floor(100.0 * done / total), wordsPerSecond(seconds), eta(seconds, done));
    }

    private double seconds(long now) {
        return Math.max(0, now - start) / 1e9;
    }

    private long wordsPerSecond(double seconds) {
        return seconds <= 0 ? 0 : Math.round(words.get() / seconds);
    }

    /** Time left at this run's rate of documents; "?" before the first document. */
    private String eta(double seconds, long done) {
        long thisRun = documents.get();
        if (done >= total) {
            return clock(0);
        }
        if (thisRun == 0 || seconds <= 0) {
            return "?";
        }
        return clock((total - done) * seconds / thisRun);
    }

    /** m:ss, or h:mm:ss from an hour on. */
    static String clock(double seconds) {
        long s = (long) Math.ceil(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
