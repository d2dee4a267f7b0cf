package dev.unspin.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;

/**
 * Rewrites a file atomically: the new text goes to a temporary file in the same directory (with
 * the original's permissions), which then replaces the file in one {@code rename}, so a reader
 * sees either the old or the new content, never a mix. A file that changed since it was read is
 * left alone. Symbolic links are followed: the file they point to is rewritten.
 */
public final class InPlaceWriter {
    private InPlaceWriter() {
    }

    /** Why a file was not rewritten: it is no longer what was read. */
    public static final class ChangedSinceReadException extends IOException {
        public ChangedSinceReadException(Path path) {
            super(path + ": changed since it was read");
        }
    }

    /**
     * Replaces the file of {@code snapshot} with {@code text} (UTF-8) unless the file changed
     * since the snapshot was taken; the check happens after the new content is on disk, just
     * before the rename.
     *
     * @throws ChangedSinceReadException if the file's size, last-modified time or content differ from the snapshot
     */
    public static void write(FileSnapshot snapshot, String text) throws IOException {
        Path target;
        try {
            target = snapshot.path().toRealPath();
        } catch (NoSuchFileException deleted) {
            throw new ChangedSinceReadException(snapshot.path());
        }
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".unspin-tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            copyPermissions(target, temporary);
            if (!snapshot.unchangedOnDisk()) {
                throw new ChangedSinceReadException(snapshot.path());
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw new ChangedSinceReadException(snapshot.path());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException notPosix) {
            // Other file systems: the temporary file keeps the default permissions.
        }
    }
}
