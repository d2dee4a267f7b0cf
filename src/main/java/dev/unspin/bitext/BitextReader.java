package dev.unspin.bitext;

import dev.unspin.input.InputFormat;

/** Reads a bilingual file in its format, or a translation with its aligned source text. */
public final class BitextReader {
    private BitextReader() {
    }

    /**
     * The segments of {@code text}, a file in a bilingual {@code format}; or, when {@code alignedSource}
     * is not null, of {@code text} and that source aligned line by line (whatever the format).
     *
     * @throws BitextFormatException when the file cannot be read as that format, or is not safe XML
     */
    public static Bitext read(InputFormat format, String text, String alignedSource) {
        if (alignedSource != null) {
            return LineReader.aligned(text, alignedSource);
        }
        return switch (format) {
            case PO -> PoReader.read(text);
            case XLIFF -> XmlBitextReader.xliff(text);
            case TMX -> XmlBitextReader.tmx(text);
            case TSV -> LineReader.tsv(text);
            case TEXT, MARKDOWN, HTML -> throw new IllegalArgumentException(format + " is not a bilingual format");
        };
    }
}
