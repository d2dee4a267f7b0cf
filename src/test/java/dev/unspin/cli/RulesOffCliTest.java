package dev.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unspin.dictionary.DictionaryEntry;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule turned off in the configuration produces nothing, not even evidence another detector
 * weighs: with every dictionary and grammar rule off, the labelled texts get exactly the report
 * {@code --detectors model} alone gives (before the pipeline, 29 model findings in 12 files differed).
 */
class RulesOffCliTest {
    @TempDir
    Path dir;

    @Test
    void everyListRuleOffGivesTheModelDetectorsReportAlone() throws Exception {
        TreeSet<String> prefixes = new TreeSet<>();
        for (DictionaryEntry entry : PhraseDictionary.load(RuleFiles.packaged()).entries()) {
            prefixes.add(entry.id().substring(0, entry.id().indexOf('/')));
        }
        prefixes.add("grammar");
        StringBuilder config = new StringBuilder("rules:\n");
        prefixes.forEach(p -> config.append("  ").append(p).append(": off\n"));
        Path file = Files.writeString(dir.resolve("all-lists-off.yml"), config);

        CliRun listsOff = CliRun.of("", List.of("check", "--format", "json", "--fail-on", "never", "--config", file.toString(),
                "samples/labelled"));
        CliRun modelAlone = CliRun.of("", List.of("check", "--format", "json", "--fail-on", "never", "--detectors", "model",
                "samples/labelled"));
        assertEquals(0, listsOff.code(), listsOff.err());
        assertEquals(0, modelAlone.code(), modelAlone.err());
        List<String> off = documents(listsOff);
        assertTrue(off.size() >= 50, "the labelled set has its texts: " + off.size());
        assertTrue(off.stream().anyMatch(d -> d.contains("model/swap-in-context")), "the model still reports");
        assertFalse(off.stream().anyMatch(d -> d.contains("grammar/") || d.contains("spinner-")), "no list rule reports");
        assertEquals(documents(modelAlone), off);
    }

    /** Each document as "path score verdict: rule start-end suggestions severity; ...". */
    private static List<String> documents(CliRun run) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode doc : new ObjectMapper().readTree(run.out()).get("documents")) {
            StringBuilder line = new StringBuilder(doc.get("path").asText() + " " + doc.get("score").asDouble() + " "
                    + doc.get("verdict").asText() + ":");
            for (JsonNode f : doc.get("findings")) {
                line.append(' ').append(f.get("rule").asText()).append(' ').append(f.get("start").asInt()).append('-')
                        .append(f.get("end").asInt()).append(' ').append(f.get("suggestions")).append(' ')
                        .append(f.get("severity").asText()).append(';');
            }
            out.add(line.toString());
        }
        return out;
    }
}
