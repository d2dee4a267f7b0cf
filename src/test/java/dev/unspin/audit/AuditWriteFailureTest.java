package dev.unspin.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A disk-full error while auditing names the file it was writing. */
class AuditWriteFailureTest {

    @Test
    void aFullDiskUnderDocumentsJsonlNamesIt() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "/dev/full (Linux)");
        try (DocumentsFile documents = new DocumentsFile(full)) {
            IOException e = assertThrows(IOException.class, () -> documents.append("{\"id\":\"1\"}"));
            assertEquals("/dev/full: cannot write: No space left on device", e.getMessage());
        } catch (IOException syncFailed) {
            // closing /dev/full may fail to sync; only the append's message matters here
        }
    }

    @Test
    void sourcesCsvAndTheSummaryPageAreNamedWhenTheyCannotBeWritten(@TempDir Path dir) throws IOException {
        Path documents = dir.resolve("documents.jsonl");
        Files.writeString(documents, "{\"id\":\"a\",\"source\":\"s\",\"position\":\"p:a\",\"status\":\"failed\",\"reason\":\"x\"}\n");
        Path missing = dir.resolve("gone");
        IOException csv = assertThrows(IOException.class,
                () -> SourceStats.write(SourceStats.of(documents), missing.resolve("sources.csv")));
        assertEquals(missing.resolve("sources.csv") + ": cannot write: no such folder", csv.getMessage());
        IOException html = assertThrows(IOException.class,
                () -> SummaryPage.write(documents, List.of(), missing.resolve("summary.html")));
        assertEquals(missing.resolve("summary.html") + ": cannot write: no such folder", html.getMessage());
    }
}
