package dev.unspin.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file unspin writes as a whole ({@code check -o}, {@code baseline -o}, {@code rules import-pps -o}):
 * the content goes to a temporary file in the same folder, which replaces the target only once
 * everything was written; a failed write deletes the temporary file and leaves any earlier
 * target as it was, so a partial file never looks complete. A target that exists and is not a
 * regular file (a device such as {@code /dev/stdout}, a FIFO) is written directly, every write
 * checked. A failure is an {@link IOException} whose message names the target and the problem:
 * {@code report.html: cannot write: No space left on device}.
 */
public final class OutputTarget {

    /** What is written to the target. */
    @FunctionalInterface
    public interface Content {
        void writeTo(PrintWriter out) throws IOException;
    }

    private OutputTarget() {
    }

    public static void write(Path target, Content content) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            writeDirectly(target, content);
            return;
        }
        Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        Path temp = real.resolveSibling("." + real.getFileName() + ".unspin-" + UUID.randomUUID() + ".tmp");
        try {
            writeTo(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), content);
            if (Files.exists(real)) {
                copyPermissions(real, temp);
            }
            Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw failure(target, e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** The one-line problem of a failed write: "report.html: cannot write: No space left on device". */
    public static String problem(Object target, IOException e) {
        return target + ": cannot write: " + reason(e);
    }

    /** Why a write failed, without the path Java puts into some messages. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void writeDirectly(Path target, Content content) throws IOException {
        try {
            writeTo(Files.newOutputStream(target), content);
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    private static void writeTo(OutputStream file, Content content) throws IOException {
        WriteCheckedStream checked = new WriteCheckedStream(file);
        try (PrintWriter out = new PrintWriter(new OutputStreamWriter(checked, StandardCharsets.UTF_8))) {
            content.writeTo(out);
            out.flush();
            if (checked.failure() != null) {
                throw checked.failure();
            }
        }
        if (checked.failure() != null) {
            throw checked.failure();
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException e) {
            // the new file keeps the default permissions
        }
    }

    private static IOException failure(Path target, IOException e) {
        return new IOException(problem(target, e), e);
    }
}
