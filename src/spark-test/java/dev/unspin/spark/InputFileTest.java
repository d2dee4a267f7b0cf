package dev.unspin.spark;

import dev.unspin.audit.Audit;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Arguments to input files, and the names their positions carry. */
class InputFileTest {
    @TempDir
    Path dir;

    @Test
    void aFileKeepsTheArgumentAsTyped() throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{}\n");
        String relative = Path.of("").toAbsolutePath().relativize(feed).toString();
        assertEquals(List.of(feed.toString()), names(feed.toString()));
        assertEquals(List.of(relative), names(relative));
    }

    @Test
    void directoriesAndGlobsGiveFullPathsWithoutHiddenFiles() throws Exception {
        Path parts = Files.createDirectories(dir.resolve("feed.parquet"));
        Files.writeString(parts.resolve("part-00001.parquet"), "");
        Files.writeString(parts.resolve("part-00000.parquet"), "");
        Files.writeString(parts.resolve("_SUCCESS"), "");
        Files.writeString(parts.resolve(".part-00000.parquet.crc"), "");
        String uri = "file:" + parts;
        assertEquals(List.of(uri + "/part-00000.parquet", uri + "/part-00001.parquet"), names(parts.toString()));
        assertEquals(List.of(uri + "/part-00001.parquet"), names(parts + "/part-*1.parquet"));
    }

    @Test
    void aMissingInputIsNamed() {
        String missing = dir.resolve("missing.jsonl").toString();
        Audit.UsageException e = assertThrows(Audit.UsageException.class, () -> names(missing));
        assertEquals(missing + ": no such file or directory", e.getMessage());
        Path empty = dir.resolve("empty");
        assertThrows(Audit.UsageException.class, () -> names(Files.createDirectories(empty).toString()));
    }

    private static List<String> names(String argument) throws Exception {
        return InputFile.expand(List.of(argument), new Configuration()).stream().map(InputFile::name).toList();
    }
}
