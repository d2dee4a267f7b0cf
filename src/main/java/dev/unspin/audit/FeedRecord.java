package dev.unspin.audit;

import dev.unspin.input.InputFormat;

/**
 * One record of a feed as a reader found it. {@code position} says where it is in the input
 * ({@code feed.jsonl:12}, {@code pages/a.html}); it is unique within a run and stable across runs
 * over the same inputs, so {@code --resume} keys on it. Either {@code failure} is set (the record
 * could not be read: malformed JSON, invalid UTF-8, truncated gzip) or {@code body} is, written in
 * {@code format} (HTML bodies are reduced to their article text before checking). Serializable, so that the
 * Spark job can spread records over its executors.
 */
public record FeedRecord(String id, String source, String url, String body, InputFormat format, String position,
                         String failure) implements java.io.Serializable {

    /** A record of text (or HTML) as read; binary data (a NUL character, as check tells it) fails it. */
    static FeedRecord ofText(String id, String source, String url, String body, InputFormat format, String position) {
        if (dev.unspin.input.TextReader.isBinary(body)) {
            return failed(id, source, url, position, dev.unspin.input.TextReader.BINARY);
        }
        return new FeedRecord(id, source, url, body, format, position, null);
    }

    static FeedRecord failed(String id, String source, String url, String position, String failure) {
        return new FeedRecord(id, source, url, null, null, position, failure);
    }

    static FeedRecord failed(String position, String failure) {
        return failed(position, null, null, position, failure);
    }

    /** The text to check: the body, or for an HTML body its article text (null if it has none). */
    public String text() {
        return format == InputFormat.HTML ? ArticleText.of(body) : body;
    }

    public boolean isFailure() {
        return failure != null;
    }
}
