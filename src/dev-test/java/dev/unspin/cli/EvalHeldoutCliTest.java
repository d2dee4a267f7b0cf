package dev.unspin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalHeldoutCliTest {
    private static final String SENTENCE = "The/at farmers/nns said/vbd the/at new/jj market/nn would/md help/vb the/at city/nn ./.\n\n";
    private static final String VERSE = "And the people of the city went out to the field, and the farmers saw the great river.\n";

    @Test
    void everyGeneratorAndGenreIsMeasured(@TempDir Path dir) throws IOException {
        Path data = smallData(dir);
        CliRun run = CliRun.of(DevMain::run, "", List.of("eval-heldout", "--data", data.toString(), "--words", "50",
                "--clean-docs", "2", "--spun-docs", "1", "--detectors", "dictionary,model", "--threads", "1"));
        assertEquals(0, run.code(), run.err());
        for (String generator : List.of("wordnet", "moby", "habits-heldout", "habits-known", "mt")) {
            assertTrue(run.out().contains("| **" + generator + "** | **all** |"), generator + " missing in\n" + run.out());
        }
        for (String genre : List.of("news", "news-project", "fiction", "older-english", "science", "technical", "magazine")) {
            assertTrue(run.out().contains("\n| " + genre + " | "), genre + " missing in\n" + run.out());
        }
        assertTrue(run.out().contains("| news | yes | 2 | "), run.out());
        assertTrue(run.out().contains("| technical | no | 2 | "), run.out());
    }

    @Test
    void signalStudyReportsEverySignalAndTheLeaveOneOutRows(@TempDir Path dir) throws IOException {
        Path data = smallData(dir);
        CliRun run = CliRun.of(DevMain::run, "", List.of("eval-signals", "--data", data.toString(), "--words", "50",
                "--clean-docs", "2", "--spun-docs", "1", "--threads", "1"));
        assertEquals(0, run.code(), run.err());
        for (String signal : List.of("wordnet-gain", "thesaurus2-gain", "unknown-words", "neg-logprob")) {
            assertTrue(run.out().contains("| " + signal + " | genre |"), signal + " missing in\n" + run.out());
        }
        for (String generator : List.of("wordnet", "moby", "habits-heldout", "habits-known", "mt")) {
            assertTrue(run.out().contains("\n| " + generator + " | "), generator + " row missing in\n" + run.out());
        }
        assertTrue(run.out().contains("| moby | 3 | "), run.out());
    }

    @Test
    void missingDataIsOneLineNamingTheFetchCommand(@TempDir Path dir) {
        CliRun run = CliRun.of(DevMain::run, "", List.of("eval-heldout", "--data", dir.resolve("nothing").toString()));
        assertEquals(2, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("scripts/heldout-data"), run.err());
    }

    /** Two 50-word documents per genre, and a thesaurus. */
    private static Path smallData(Path dir) throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("brown"));
        for (String file : List.of("ca01", "ck01", "cj01", "ce01")) {
            Files.writeString(data.resolve("brown").resolve(file), SENTENCE.repeat(12));
        }
        Files.createDirectories(data.resolve("kjv"));
        Files.writeString(data.resolve("kjv/ruth.txt"), VERSE.repeat(8));
        Path html = data.resolve("python-docs/tutorial");
        Files.createDirectories(html);
        Files.writeString(html.resolve("intro.html"), "<html><body><div class=\"body\">"
                + ("<p>" + VERSE + "</p>").repeat(8) + "<p>Too short.</p></div></body></html>");
        Files.createDirectories(data.resolve("moby"));
        Files.writeString(data.resolve("moby/words.txt"), "farmer,grower,tiller\nriver,stream,brook\ngreat,big,vast\nfield,meadow,pasture\n");
        return data;
    }
}
