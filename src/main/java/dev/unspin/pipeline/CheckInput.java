package dev.unspin.pipeline;

import dev.unspin.input.InputFormat;
import dev.unspin.input.InputSource;

import java.nio.file.Path;

/**
 * A text in hand, ready to be checked.
 *
 * @param display             the name reports use (a path as the user spelled it, "-", a feed record's id)
 * @param configPath          the path whose configuration applies, or null for none (a feed record)
 * @param text                the text as read
 * @param format              how it is written, which decides what of it is prose
 * @param honoursSuppressions whether its inline suppression comments count: yes for a project's own files,
 *                            no for text from elsewhere (a crawled record could hide its spun copy behind
 *                            {@code <!-- unspin-disable -->})
 */
public record CheckInput(String display, Path configPath, String text, InputFormat format, boolean honoursSuppressions) {

    /** A text from elsewhere (a feed record, a request, a benchmark text): no configuration file, no inline suppressions. */
    public static CheckInput of(String display, String text, InputFormat format) {
        return new CheckInput(display, null, text, format, false);
    }

    /** A project's file (or standard input): the configuration in effect for its path and its inline suppressions apply. */
    public static CheckInput of(InputSource source, String text, InputFormat format) {
        return new CheckInput(source.display(), configPathOf(source), text, format, true);
    }

    /** The path whose configuration applies to an input; standard input is named by --stdin-filename, else the working directory. */
    static Path configPathOf(InputSource source) {
        return source.isStdin() ? Path.of(source.display()).toAbsolutePath() : source.path();
    }
}
