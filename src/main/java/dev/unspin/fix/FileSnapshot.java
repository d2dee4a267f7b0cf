package dev.unspin.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a file was when it was read: size and last-modified time (taken before reading) and the
 * SHA-256 of the bytes read. {@link #unchangedOnDisk()} tells whether the file is still that.
 */
public final class FileSnapshot {
    private final Path path;
    private final long size;
    private final FileTime modified;
    private final byte[] sha256;

    private FileSnapshot(Path path, long size, FileTime modified, byte[] sha256) {
        this.path = path;
        this.size = size;
        this.modified = modified;
        this.sha256 = sha256;
    }

    /** Reads a file's bytes and takes its snapshot. */
    public static Read read(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        byte[] bytes = Files.readAllBytes(path);
        return new Read(new FileSnapshot(path, attributes.size(), attributes.lastModifiedTime(), sha256(bytes)), bytes);
    }

    public Path path() {
        return path;
    }

    /** Whether the file on disk still has the size, last-modified time and content it had when read. */
    public boolean unchangedOnDisk() throws IOException {
        FileSnapshot now = read(path).snapshot();
        return now.size == size && now.modified.equals(modified) && Arrays.equals(now.sha256, sha256);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A file's content and its snapshot. */
    public record Read(FileSnapshot snapshot, byte[] bytes) {
    }
}
