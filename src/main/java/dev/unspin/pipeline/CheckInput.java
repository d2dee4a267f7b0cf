package dev.unspin.pipeline;

import dev.unspin.input.InputFormat;
import dev.unspin.input.InputSource;

import java.nio.file.Path;

/**
 * A text in hand, ready to be checked.
 *
 * @param display    the name reports use (a path as the user spelled it, "-", a feed record's id)
 * @param configPath the path whose configuration applies, or null for none (a feed record)
 * @param text       the text as read
 * @param format     how it is written, which decides what of it is prose
 */
public record CheckInput(String display, Path configPath, String text, InputFormat format) {

    /** A text no configuration file applies to (a feed record, a benchmark text). */
    public static CheckInput of(String display, String text, InputFormat format) {
        return new CheckInput(display, null, text, format);
    }

    /** An input read from a file or standard input. */
    public static CheckInput of(InputSource source, String text, InputFormat format) {
        return new CheckInput(source.display(), configPathOf(source), text, format);
    }

    /** The path whose configuration applies to an input; standard input is named by --stdin-filename, else the working directory. */
    static Path configPathOf(InputSource source) {
        return source.isStdin() ? Path.of(source.display()).toAbsolutePath() : source.path();
    }
}
