package dev.unspin.fix;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Atomic rewrites keeping owner, group and mode; refusing a file that changed between reading it and
 * writing it (the snapshot is the seam), a read-only file and a hard-linked one; stale temporary files.
 */
class InPlaceWriterTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private List<String> directory() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheFileByRenameKeepingItsPermissions() throws Exception {
        Path file = write("doc.txt", "local weather exchange\n");
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        }
        FileSnapshot snapshot = FileSnapshot.read(file).snapshot();
        try (InputStream openedBefore = Files.newInputStream(file)) {
            InPlaceWriter.write(snapshot, "climate change\n");
            // A rename swaps in a new file: a reader that opened the old one still reads all of the old content.
            assertEquals("local weather exchange\n", new String(openedBefore.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("climate change\n", Files.readString(file));
        assertEquals(List.of("doc.txt"), directory(), "no temporary file left behind");
        if (posix) {
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void refusesAFileWhoseContentChangedSinceItWasRead() throws Exception {
        Path file = write("doc.txt", "local weather exchange\n");
        FileSnapshot snapshot = FileSnapshot.read(file).snapshot();
        Files.writeString(file, "someone else's edit\n");
        assertThrows(InPlaceWriter.ChangedSinceReadException.class, () -> InPlaceWriter.write(snapshot, "climate change\n"));
        assertEquals("someone else's edit\n", Files.readString(file));
        assertEquals(List.of("doc.txt"), directory());
    }

    @Test
    void refusesASameSizeEditWithTheOldTimestamp() throws Exception {
        Path file = write("doc.txt", "local weather exchange\n");
        FileTime modified = Files.getLastModifiedTime(file);
        FileSnapshot snapshot = FileSnapshot.read(file).snapshot();
        Files.writeString(file, "LOCAL weather exchange\n");
        Files.setLastModifiedTime(file, modified);
        assertThrows(InPlaceWriter.ChangedSinceReadException.class, () -> InPlaceWriter.write(snapshot, "climate change\n"));
        assertEquals("LOCAL weather exchange\n", Files.readString(file));
    }

    @Test
    void refusesAFileTouchedOrDeletedSinceItWasRead() throws Exception {
        Path file = write("doc.txt", "local weather exchange\n");
        FileSnapshot snapshot = FileSnapshot.read(file).snapshot();
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        assertThrows(InPlaceWriter.ChangedSinceReadException.class, () -> InPlaceWriter.write(snapshot, "climate change\n"));
        FileSnapshot again = FileSnapshot.read(file).snapshot();
        Files.delete(file);
        assertThrows(InPlaceWriter.ChangedSinceReadException.class, () -> InPlaceWriter.write(again, "climate change\n"));
        assertEquals(List.of(), directory());
    }

    @Test
    void aSymbolicLinkStaysALinkToTheRewrittenFile() throws Exception {
        Path file = write("doc.txt", "local weather exchange\n");
        Path link = dir.resolve("link.txt");
        try {
            Files.createSymbolicLink(link, file.getFileName());
        } catch (UnsupportedOperationException | java.io.IOException e) {
            Assumptions.abort("no symbolic links here");
        }
        InPlaceWriter.write(FileSnapshot.read(link).snapshot(), "climate change\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("climate change\n", Files.readString(file));
    }

    @Test
    void theSnapshotHoldsTheBytesRead() throws Exception {
        Path file = write("doc.txt", "caf\u00e9\n");
        assertArrayEquals("caf\u00e9\n".getBytes(StandardCharsets.UTF_8), FileSnapshot.read(file).bytes());
        assertTrue(FileSnapshot.read(file).snapshot().unchangedOnDisk());
    }

    private static boolean unix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    }

    private static int mode(Path file) throws Exception {
        return (Integer) Files.getAttribute(file, "unix:mode") & 07777;
    }

    @ParameterizedTest
    @ValueSource(ints = {0644, 0600, 0755, 0640, 04755, 02750})
    void keepsTheModeIncludingSetuidAndSetgid(int mode) throws Exception {
        Assumptions.assumeTrue(unix(), "no unix attributes here");
        Path file = write("doc.txt", "local weather exchange\n");
        Files.setAttribute(file, "unix:mode", mode);
        InPlaceWriter.write(FileSnapshot.read(file).snapshot(), "climate change\n");
        assertEquals("climate change\n", Files.readString(file));
        assertEquals(Integer.toOctalString(mode), Integer.toOctalString(mode(file)));
    }

    @Test
    void keepsTheOwnerAndGroup() throws Exception {
        Assumptions.assumeTrue(unix(), "no unix attributes here");
        Path file = write("doc.txt", "local weather exchange\n");
        int uid = (Integer) Files.getAttribute(file, "unix:uid");
        int gid = (Integer) Files.getAttribute(file, "unix:gid");
        if (uid == 0) {
            // Root may give the file to anyone: a rewrite must hand the new file to the same owner and group.
            uid = 4242;
            gid = 4343;
            Files.setAttribute(file, "unix:uid", uid);
            Files.setAttribute(file, "unix:gid", gid);
        }
        InPlaceWriter.write(FileSnapshot.read(file).snapshot(), "climate change\n");
        assertEquals("climate change\n", Files.readString(file));
        assertEquals(uid, Files.getAttribute(file, "unix:uid"));
        assertEquals(gid, Files.getAttribute(file, "unix:gid"));
    }

    @Test
    void refusesAReadOnlyFileEvenWhenThisProcessCouldWriteIt() throws Exception {
        Path file = write("doc.txt", "local weather exchange\n");
        Assumptions.assumeTrue(file.toFile().setReadOnly(), "cannot make a file read-only here");
        InPlaceWriter.RefusedException refused = assertThrows(InPlaceWriter.RefusedException.class,
                () -> InPlaceWriter.write(FileSnapshot.read(file).snapshot(), "climate change\n"));
        assertEquals("read-only; not rewritten", refused.reason());
        assertEquals("local weather exchange\n", Files.readString(file));
        assertEquals(List.of("doc.txt"), directory());
        if (unix()) {
            assertEquals("444", Integer.toOctalString(mode(file) & 0777));
        }
    }

    @Test
    void refusesAFileWithAnotherHardLinkAndLeavesBothNamesAlone() throws Exception {
        Assumptions.assumeTrue(unix(), "no link counts here");
        Path file = write("doc.txt", "local weather exchange\n");
        Path other = Files.createLink(dir.resolve("other.txt"), file);
        InPlaceWriter.RefusedException refused = assertThrows(InPlaceWriter.RefusedException.class,
                () -> InPlaceWriter.write(FileSnapshot.read(file).snapshot(), "climate change\n"));
        assertEquals("has 2 hard links; not rewritten (rewriting would split them); use --in-place on a copy or fix it by hand",
                refused.reason());
        assertEquals("local weather exchange\n", Files.readString(file));
        assertTrue(Files.isSameFile(file, other), "still one file under two names");
        assertEquals(List.of("doc.txt", "other.txt"), directory());
    }

    @Test
    void removesOnlyTheStaleTemporaryFilesOfThatFile() throws Exception {
        Path file = write("doc.txt", "local weather exchange\n");
        for (String name : List.of(".doc.txt.123456789.unspin-tmp", ".doc.txt.unspin-tmp", ".doc.txtx.1.unspin-tmp",
                ".other.txt.1.unspin-tmp", ".doc.txt.notes", "doc.txt.1.unspin-tmp")) {
            write(name, "partial");
        }
        List<String> removed = InPlaceWriter.removeStaleTemporaries(file).stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(List.of(".doc.txt.123456789.unspin-tmp", ".doc.txt.unspin-tmp"), removed);
        assertEquals(List.of(".doc.txt.notes", ".doc.txtx.1.unspin-tmp", ".other.txt.1.unspin-tmp", "doc.txt", "doc.txt.1.unspin-tmp"),
                directory());
    }
}
