package dev.unspin.input;

import dev.unspin.bitext.BitextReader;
import dev.unspin.text.ProseMask;

import java.util.Locale;

/**
 * How an input is written, which decides what of it is prose: plain text (all of it), Markdown
 * (parsed with commonmark-java), HTML (parsed with jsoup), or a bilingual file whose English
 * targets are the prose (gettext PO/POT, XLIFF 1.2 and 2.x, TMX, TSV with source and target columns).
 */
public enum InputFormat {
    TEXT, MARKDOWN, HTML, PO, XLIFF, TMX, TSV;

    /**
     * By a file name's extension: .md/.markdown is Markdown, .html/.htm HTML, .po/.pot PO, .xlf/.xliff
     * XLIFF, .tmx TMX, .tsv TSV, anything else plain text.
     */
    public static InputFormat of(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return HTML;
        }
        if (lower.endsWith(".po") || lower.endsWith(".pot")) {
            return PO;
        }
        if (lower.endsWith(".xlf") || lower.endsWith(".xliff")) {
            return XLIFF;
        }
        if (lower.endsWith(".tmx")) {
            return TMX;
        }
        if (lower.endsWith(".tsv")) {
            return TSV;
        }
        return TEXT;
    }

    /** Whether files in this format hold a source text and its translation. */
    public boolean isBilingual() {
        return this == PO || this == XLIFF || this == TMX || this == TSV;
    }

    /** The non-prose ranges and block breaks of a text in this format. */
    public ProseMask prose(String text) {
        return switch (this) {
            case TEXT -> ProseMask.NONE;
            case MARKDOWN -> MarkdownProse.mask(text);
            case HTML -> HtmlProse.mask(text);
            case PO, XLIFF, TMX, TSV -> BitextReader.read(this, text, null).mask();
        };
    }

    /** The name picocli shows and accepts: text, markdown, html, po, xliff, tmx, tsv. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
