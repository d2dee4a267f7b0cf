package dev.unspin.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rewrites a file atomically: the new text goes to a temporary file in the same directory, named
 * {@code .NAME.DIGITS.unspin-tmp}, given the original's owner, group and mode, which then replaces
 * the file in one {@code rename}, so a reader sees either the old or the new content, never a mix.
 * Left alone, with the reason: a file that changed since it was read, a read-only file, a file with
 * more than one hard link (a rename would split them) and a file whose owner, group or mode the
 * process cannot give the new file. Symbolic links are followed: the file they point to is rewritten.
 */
public final class InPlaceWriter {
    private static final String TEMPORARY_SUFFIX = ".unspin-tmp";

    private InPlaceWriter() {
    }

    /** Why a file was not rewritten: it is no longer what was read. */
    public static final class ChangedSinceReadException extends IOException {
        public ChangedSinceReadException(Path path) {
            super(path + ": changed since it was read");
        }
    }

    /** Why a file was not rewritten although it could be read: {@link #reason()} is the line for the user. */
    public static final class RefusedException extends IOException {
        private final String reason;

        RefusedException(Path path, String reason) {
            super(path + ": " + reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * Replaces the file of {@code snapshot} with {@code text} (UTF-8) unless the file changed
     * since the snapshot was taken; the check happens after the new content is on disk, just
     * before the rename.
     *
     * @throws ChangedSinceReadException if the file's size, last-modified time or content differ from the snapshot
     * @throws RefusedException          if the file is read-only, has other hard links, or its owner, group or mode cannot be kept
     */
    public static void write(FileSnapshot snapshot, String text) throws IOException {
        Path target;
        FileMetadata original;
        try {
            target = snapshot.path().toRealPath();
            original = FileMetadata.of(target);
        } catch (NoSuchFileException deleted) {
            throw new ChangedSinceReadException(snapshot.path());
        }
        refuseUnsafe(snapshot.path(), target, original);
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            original.applyTo(temporary);
            FileMetadata kept = FileMetadata.of(temporary);
            if (!kept.sameOwnerAndMode(original)) {
                throw new RefusedException(snapshot.path(), "cannot keep its " + original.describe()
                        + " (the rewritten file would get " + kept.describe() + "); not rewritten");
            }
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

    private static void refuseUnsafe(Path path, Path target, FileMetadata metadata) throws RefusedException {
        if (metadata.links() > 1) {
            throw new RefusedException(path, "has " + metadata.links() + " hard links; not rewritten (rewriting would split them);"
                    + " use --in-place on a copy or fix it by hand");
        }
        if (metadata.readOnly(target)) {
            throw new RefusedException(path, "read-only; not rewritten");
        }
    }

    /**
     * Deletes the temporary files an interrupted rewrite of {@code file} left next to it (only
     * {@code .NAME.DIGITS.unspin-tmp} and {@code .NAME.unspin-tmp}, the names this class gives them)
     * and returns their names.
     */
    public static List<Path> removeStaleTemporaries(Path file) throws IOException {
        Path target = file.toRealPath();
        Pattern ours = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "([0-9]+\\.)?"
                + Pattern.quote(TEMPORARY_SUFFIX.substring(1)));
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> ours.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
            for (Path stale : siblings) {
                if (Files.deleteIfExists(stale)) {
                    removed.add(stale);
                }
            }
        }
        return removed;
    }
}
