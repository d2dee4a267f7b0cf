package dev.unspin.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A file written as a whole or not at all. */
class OutputTargetTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoPartOfTheNewOne() throws IOException {
        Path report = dir.resolve("report.html");
        Files.writeString(report, "the complete old report");
        IOException e = assertThrows(IOException.class, () -> OutputTarget.write(report, out -> {
            out.print("<html>half of the new report");
            out.flush();
            throw new IOException("No space left on device");
        }));
        assertEquals(report + ": cannot write: No space left on device", e.getMessage());
        assertEquals("the complete old report", Files.readString(report));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(report), files.toList());
        }
    }

    @Test
    void aWriteThatFailsLeavesNoNewFile() {
        Path report = dir.resolve("new.csv");
        assertThrows(IOException.class, () -> OutputTarget.write(report, out -> {
            throw new IOException("No space left on device");
        }));
        assertEquals(false, Files.exists(report));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        OutputTarget.write(report, out -> out.print("new"));
        assertEquals("new", Files.readString(report));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void aSymbolicLinkIsFollowedNotReplaced() throws IOException {
        Path real = dir.resolve("real.txt");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        OutputTarget.write(link, out -> out.print("new"));
        assertEquals("new", Files.readString(real));
        assertEquals(true, Files.isSymbolicLink(link));
    }
}
