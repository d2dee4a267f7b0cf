package dev.unspin.audit;

import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputFormat;

import java.util.function.Function;

/**
 * What an audit does with one record, wherever it runs (the local pipeline or the Spark job):
 * a failed record stays failed, an HTML body is reduced to its article text, an empty one is
 * skipped, the rest is checked and scored. Never throws: an unexpected error fails the record,
 * not the run.
 */
public final class RecordCheck {
    private final Function<Document, DocumentResult> checker;

    public RecordCheck(Function<Document, DocumentResult> checker) {
        this.checker = checker;
    }

    /** The documents.jsonl line of one record. */
    public DocumentLine line(FeedRecord record) {
        if (record.isFailure()) {
            return DocumentLine.failed(record, record.failure());
        }
        try {
            String text = record.format() == InputFormat.HTML ? ArticleText.of(record.body()) : record.body();
            if (text == null || text.isBlank() || text.strip().equals("\uFEFF")) {
                return DocumentLine.skipped(record, record.format() == InputFormat.HTML ? "no article text" : "empty text");
            }
            InputFormat format = record.format() == InputFormat.MARKDOWN ? InputFormat.MARKDOWN : InputFormat.TEXT;
            DocumentResult result = checker.apply(new Document(record.id(), text, format.prose(text)));
            if (result.words() == 0) {
                return DocumentLine.skipped(record, "no words");
            }
            return DocumentLine.scored(record, result);
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentLine.failed(record, "internal error while checking: " + e);
        }
    }
}
