package dev.unspin.fix;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

/** Atomic rewrites, and refusing a file that changed between reading it and writing it (the snapshot is the seam). */
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
}
