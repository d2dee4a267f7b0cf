package dev.unspin.input;

import java.nio.file.Path;

/**
 * One text to check: a file, or standard input.
 *
 * @param path    the file, or null for standard input
 * @param display the name reports use: the path as the user spelled it (or as found under a
 *                directory they named), or "-" for standard input
 */
public record InputSource(Path path, String display) {

    public static InputSource stdin() {
        return new InputSource(null, "-");
    }

    public boolean isStdin() {
        return path == null;
    }
}
