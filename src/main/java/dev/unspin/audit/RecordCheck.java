package dev.unspin.audit;

import dev.unspin.bitext.BitextFormatException;
import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputFormat;
import dev.unspin.pipeline.CheckInput;

import java.util.Optional;
import java.util.function.Function;

/**
 * What an audit does with one record, wherever it runs (the local pipeline or the Spark job):
 * a failed record stays failed, an HTML body is reduced to its article text, an empty one is
 * skipped, so is one not in English (unless every language is to be checked), the rest is
 * checked and scored. Never throws: an unexpected error, even a {@link Error} (a library's
 * linkage error, a stack overflow, memory exhausted by one huge document), fails the record, not
 * the run, and the worker goes on to the next.
 */
public final class RecordCheck {
    private final Function<CheckInput, DocumentResult> checker;
    private final LanguageFilter languages;

    /**
     * {@code checker}: the check pipeline ({@code pipeline::check}); {@code languages} null: every record is
     * checked, whatever its language.
     */
    public RecordCheck(Function<CheckInput, DocumentResult> checker, LanguageFilter languages) {
        this.checker = checker;
        this.languages = languages;
    }

    /** The documents.jsonl line of one record. */
    public DocumentLine line(FeedRecord record) {
        if (record.isFailure()) {
            return DocumentLine.failed(record, record.failure());
        }
        try {
            String text = record.text();
            if (text == null || text.isBlank() || text.strip().equals("\uFEFF")) {
                return DocumentLine.skipped(record, record.format() == InputFormat.HTML ? "no article text" : "empty text");
            }
            boolean bilingual = record.format().isBilingual();
            Optional<LanguageFilter.Foreign> foreign = languages == null || bilingual ? Optional.empty() : languages.notEnglish(text);
            if (foreign.isPresent()) {
                return DocumentLine.notEnglish(record, foreign.get());
            }
            InputFormat format = record.format() == InputFormat.MARKDOWN || bilingual ? record.format() : InputFormat.TEXT;
            DocumentResult result = checker.apply(CheckInput.of(record.id(), text, format));
            if (result.words() == 0) {
                return DocumentLine.skipped(record, "no words");
            }
            return DocumentLine.scored(record, result);
        } catch (BitextFormatException e) {
            return DocumentLine.failed(record, e.getMessage());
        } catch (RuntimeException | Error e) {
            return DocumentLine.failed(record, "internal error while checking: " + e);
        }
    }
}
