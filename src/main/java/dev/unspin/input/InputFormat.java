package dev.unspin.input;

import dev.unspin.text.ProseMask;

import java.util.Locale;

/**
 * How an input is written, which decides what of it is prose: plain text (all of it), Markdown
 * (parsed with commonmark-java) or HTML (parsed with jsoup).
 */
public enum InputFormat {
    TEXT, MARKDOWN, HTML;

    /** By a file name's extension: .md/.markdown is Markdown, .html/.htm is HTML, anything else plain text. */
    public static InputFormat of(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return HTML;
        }
        return TEXT;
    }

    /** The non-prose ranges and block breaks of a text in this format. */
    public ProseMask prose(String text) {
        return switch (this) {
            case TEXT -> ProseMask.NONE;
            case MARKDOWN -> MarkdownProse.mask(text);
            case HTML -> HtmlProse.mask(text);
        };
    }

    /** The name picocli shows and accepts: text, markdown, html. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
