package dev.unspin.audit;

import java.util.function.Consumer;

/**
 * Reads one input of a feed and hands each record to a sink, one at a time, as it goes, so that
 * memory does not grow with the input. A record that cannot be read is handed on as a failure;
 * nothing a reader meets stops it (after a truncated gzip stream it reports the failure and ends).
 */
interface FeedReader {
    void read(Consumer<FeedRecord> sink);

    /** The input as named on the command line. */
    String input();
}
