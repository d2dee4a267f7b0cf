package dev.unspin.fix;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * What a rewrite must keep of a file besides its content: owner, group and mode (with the setuid,
 * setgid and sticky bits), read through the "unix" attribute view; and its number of hard links,
 * which a rewrite by rename cannot keep together. On a file system without that view only the
 * POSIX permissions (where there are any) are kept, and a file counts as having one link.
 *
 * @param permissions the POSIX permissions on a file system without the "unix" view, else null
 */
record FileMetadata(int uid, int gid, int mode, int links, Set<PosixFilePermission> permissions) {
    private static final int PERMISSION_BITS = 07777;
    private static final int WRITE_BITS = 0222;
    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    static FileMetadata of(Path file) throws IOException {
        if (!UNIX) {
            Set<PosixFilePermission> permissions;
            try {
                permissions = Files.getPosixFilePermissions(file);
            } catch (UnsupportedOperationException notPosix) {
                permissions = null;
            }
            return new FileMetadata(-1, -1, -1, 1, permissions);
        }
        return new FileMetadata((Integer) Files.getAttribute(file, "unix:uid"), (Integer) Files.getAttribute(file, "unix:gid"),
                (Integer) Files.getAttribute(file, "unix:mode") & PERMISSION_BITS, (Integer) Files.getAttribute(file, "unix:nlink"),
                null);
    }

    /** Whether the file may not be written: no write bit in its mode (even for root), or not writable by this process. */
    boolean readOnly(Path file) {
        return (UNIX && (mode & WRITE_BITS) == 0) || !Files.isWritable(file);
    }

    /**
     * Gives {@code file} this owner, group and mode as far as the process may; the caller checks
     * with {@link #sameOwnerAndMode} what was kept. The owner goes first: changing it clears setuid.
     */
    void applyTo(Path file) throws IOException {
        if (!UNIX) {
            if (permissions != null) {
                Files.setPosixFilePermissions(file, permissions);
            }
            return;
        }
        try {
            Files.setAttribute(file, "unix:uid", uid);
            Files.setAttribute(file, "unix:gid", gid);
        } catch (IOException notAllowed) {
            // The caller sees it: the owner or group then differs.
        }
        Files.setAttribute(file, "unix:mode", mode);
    }

    /** Whether another file has the same owner, group and mode (link counts aside). */
    boolean sameOwnerAndMode(FileMetadata other) {
        return uid == other.uid && gid == other.gid && mode == other.mode;
    }

    /** For messages: "owner 1000, group 1000, mode 4755". */
    String describe() {
        return "owner " + uid + ", group " + gid + ", mode " + Integer.toOctalString(mode);
    }
}
