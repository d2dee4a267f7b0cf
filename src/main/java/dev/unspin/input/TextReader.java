package dev.unspin.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * Reads an input as UTF-8 text (or UTF-16 when a byte order mark says so), refusing what is not
 * text: binary data (a NUL byte), invalid UTF-8 or UTF-16, or nothing but whitespace. A byte order
 * mark is not part of the text: it is dropped, and the result's {@link TextEncoding} remembers it.
 * Each refusal is a one-line {@link InputProblem}.
 */
public final class TextReader {
    private static final int BINARY_SNIFF_BYTES = 8192;
    /** Why a binary input is refused. */
    public static final String BINARY = "binary file (contains NUL bytes), not text";
    /** The largest input checked, in bytes (64 MiB): larger ones are refused before they exhaust memory. */
    public static final int MAX_BYTES = 64 << 20;

    private final InputStream stdin;

    public TextReader(InputStream stdin) {
        this.stdin = stdin;
    }

    /** The text, or the problem that stops it being checked. */
    public Result read(InputSource source) {
        Result notRegular = unlessRegularFile(source);
        if (notRegular != null) {
            return notRegular;
        }
        byte[] bytes;
        try {
            if (source.isStdin()) {
                bytes = stdin.readNBytes(MAX_BYTES + 1);
            } else if (Files.size(source.path()) > MAX_BYTES) {
                return tooLarge(source);
            } else {
                bytes = Files.readAllBytes(source.path()); // one array of the file's size: no copies of a large file
            }
        } catch (IOException e) {
            return failure(source, e);
        }
        return decode(source, bytes);
    }

    /**
     * The problem of a file that is not a regular file (a named pipe, a device, a directory), told
     * without opening it, since opening a pipe waits for a writer; null for a regular file or standard input.
     */
    public static Result unlessRegularFile(InputSource source) {
        if (source.isStdin() || Files.isRegularFile(source.path()) || !Files.exists(source.path())) {
            return null;
        }
        return problem(source, "not a regular file");
    }

    /** The one-line problem for an input whose reading failed. */
    public static Result failure(InputSource source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return problem(source, "no such file or directory");
        }
        if (e instanceof AccessDeniedException) {
            return problem(source, "cannot read: permission denied");
        }
        return problem(source, "cannot read: " + e.getMessage());
    }

    /** The text of bytes already read, or the problem that stops it being checked. */
    public static Result decode(InputSource source, byte[] bytes) {
        if (bytes.length == 0) {
            return problem(source, "empty file");
        }
        if (bytes.length > MAX_BYTES) {
            return tooLarge(source);
        }
        TextEncoding encoding = TextEncoding.sniff(bytes);
        if (!encoding.isUtf16() && isBinary(bytes)) {
            return problem(source, BINARY);
        }
        String text;
        try {
            text = Utf8.decode(bytes, encoding.markLength(), bytes.length, encoding.charset(), encoding.label());
        } catch (Utf8.Invalid e) {
            return problem(source, e.getMessage() + "; convert it to UTF-8 first");
        }
        if (onlyWhitespaceOrMarks(text)) {
            return problem(source, "empty file (only whitespace)");
        }
        return new Result(text, null, encoding);
    }

    /** Whether a text is only whitespace, around at most one byte order mark (as {@code strip()} would tell, without copying it). */
    private static boolean onlyWhitespaceOrMarks(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' && marks++ == 0) {
                continue;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static Result tooLarge(InputSource source) {
        return problem(source, "too large to check (more than " + (MAX_BYTES >> 20) + " MB); split it into smaller files");
    }

    /** Binary data: a NUL byte in the first 8 KiB. */
    public static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The same test on text already decoded (a feed's field): a NUL character in its first 8 K characters. */
    public static boolean isBinary(CharSequence text) {
        for (int i = 0; i < Math.min(text.length(), BINARY_SNIFF_BYTES); i++) {
            if (text.charAt(i) == 0) {
                return true;
            }
        }
        return false;
    }

    private static Result problem(InputSource source, String message) {
        return new Result(null, new InputProblem(source.display(), message));
    }

    /** Exactly one of text and problem is set; encoding is how the text was stored (UTF-8 for a problem). */
    public record Result(String text, InputProblem problem, TextEncoding encoding) {
        public Result(String text, InputProblem problem) {
            this(text, problem, TextEncoding.UTF_8);
        }
    }
}
