package dev.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** check, fix and index build with known originals (--originals, --index). */
class OriginalsCliTest {
    private static final String STORY = """
            The storm reached the coast on Monday night. Officials said that more than 2,000 homes lost power in the county. \
            The relations of the victim asked the mayor for help.

            Schools will stay closed until Thursday, the district said in a statement. Crews from three states arrived \
            on Tuesday to repair the lines.
            """;
    private static final String SPUN = """
            The tempest reached the shore on Monday night. Authorities said that more than 2,000 houses lost electricity in the county. \
            The members of the family of the victim asked the mayor for assistance.

            Schools will stay shut until Thursday, the district had actually said in a statement. Crews from three states arrived \
            on Tuesday to fix the lines.
            """;
    private static final String OTHER = "The city council voted on Wednesday to approve a new budget for the parks department."
            + " The plan adds twelve new gardeners and a playground near the river. Critics said the budget ignores the libraries.";
    private static final String FRENCH = "Le conseil municipal a vot\u00e9 mercredi un nouveau budget pour le service des parcs."
            + " Le plan pr\u00e9voit douze nouveaux jardiniers et une aire de jeux pr\u00e8s de la rivi\u00e8re. Les critiques"
            + " ont dit que le budget oublie les biblioth\u00e8ques.";

    @TempDir
    Path dir;
    private Path originals;
    private Path copy;

    @BeforeEach
    void write() throws Exception {
        originals = dir.resolve("originals");
        Files.createDirectories(originals);
        Files.writeString(originals.resolve("storm.txt"), STORY);
        Files.writeString(originals.resolve("council.txt"), OTHER);
        copy = dir.resolve("copy.txt");
        Files.writeString(copy, SPUN);
    }

    private static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--detectors", "originals"));
        return CliRun.of("", all);
    }

    @Test
    void checkGivesSpunCopyFindingsWithTheOriginalWordingAndWhereItStands() throws Exception {
        CliRun run = run("check", "-f", "json", "--originals", originals.toString(), copy.toString());
        assertEquals(0, run.code(), run.err()); // warnings: below the default --fail-on error
        JsonNode doc = new ObjectMapper().readTree(run.out()).get("documents").get(0);
        assertEquals("spun-copy", doc.get("copy").get("verdict").asText());
        assertEquals("storm.txt", doc.get("copy").get("original").asText());
        assertEquals("spun", doc.get("verdict").asText());
        JsonNode family = null;
        for (JsonNode f : doc.get("findings")) {
            assertEquals("spun-copy", f.get("rule").asText());
            assertEquals("originals", f.get("source").asText());
            if (f.get("text").asText().equals("members of the family")) {
                family = f;
            }
        }
        assertEquals(10, doc.get("findings").size());
        assertEquals("relations", family.get("suggestions").get(0).asText());
        JsonNode original = family.get("original");
        assertEquals("storm.txt", original.get("id").asText());
        assertEquals("relations", STORY.substring(original.get("start").asInt(), original.get("end").asInt()));
        assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().startsWith("unspin-originals")));
    }

    @Test
    void inASentenceAlignedWithAnOriginalTheOriginalWinsOverTheDictionary() throws Exception {
        Path warming = dir.resolve("warming");
        Files.createDirectories(warming);
        Files.writeString(warming.resolve("report.txt"), "Scientists warned that global warming will cost the region billions over"
                + " the next decade, according to the report published on Friday. The authors called for new sea walls.");
        Path spun = dir.resolve("spun.txt");
        Files.writeString(spun, "Scientists warned that local weather exchange will cost the region billions over the next decade,"
                + " according to the report published on Friday. The authors called for new sea walls.");
        CliRun alone = CliRun.of("", List.of("check", "-f", "json", "--detectors", "dictionary", spun.toString()));
        assertEquals("climate change", new ObjectMapper().readTree(alone.out()).at("/documents/0/findings/0/suggestions/0").asText());
        CliRun both = CliRun.of("", List.of("check", "-f", "json", "--detectors", "dictionary,originals", "--originals",
                warming.toString(), spun.toString()));
        JsonNode findings = new ObjectMapper().readTree(both.out()).at("/documents/0/findings");
        assertEquals(1, findings.size(), both.out());
        assertEquals("originals", findings.get(0).get("source").asText());
        assertEquals("global warming", findings.get(0).get("suggestions").get(0).asText());
    }

    @Test
    void fixRestoresTheOriginal() {
        CliRun run = run("fix", "--originals", originals.toString(), copy.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(STORY, run.out());
    }

    @Test
    void sarifAndHtmlNameTheOriginal() throws Exception {
        CliRun sarif = run("check", "-f", "sarif", "--originals", originals.toString(), copy.toString());
        JsonNode result = new ObjectMapper().readTree(sarif.out()).get("runs").get(0).get("results").get(0);
        assertEquals("storm.txt", result.get("properties").get("original").get("id").asText());
        assertEquals("storm", result.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0)
                .get("insertedContent").get("text").asText());
        CliRun html = run("check", "-f", "html", "--originals", originals.toString(), copy.toString());
        assertTrue(html.out().contains("spun-copy of storm.txt (100% of the words aligned with it)"), html.out());
        assertTrue(html.out().contains("<h3>The original: storm.txt</h3>"), html.out());
        assertTrue(html.out().contains("The <mark class=\"warning\">relations</mark> of the victim"), html.out());
        assertTrue(html.out().contains("The <mark class=\"warning\">members of the family</mark> of the victim"), html.out());
    }

    @Test
    void aTextWithNoOriginalIsIndependentWithNoFindings() throws Exception {
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "The ferry to the island was cancelled on Monday because of high winds. Passengers were"
                + " offered a refund or a seat on the next crossing.");
        CliRun run = run("check", "--originals", originals.toString(), other.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("0 findings in 25 words; independent (no original found)"), run.out());
    }

    @Test
    void indexBuildNamesEachBadOriginalOnceAndIndexesTheRest() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        ObjectMapper json = new ObjectMapper();
        Files.writeString(feed, String.join("\n",
                json.createObjectNode().put("id", "s1").put("text", STORY).toString(),
                json.createObjectNode().put("id", "s1").put("text", OTHER).toString(),
                json.createObjectNode().put("id", "empty").put("text", "  ").toString(),
                json.createObjectNode().put("id", "fr").put("text", FRENCH).toString(),
                "{\"id\": \"broken\", \"text\": ") + "\n");
        Path index = dir.resolve("index");
        CliRun build = CliRun.of("", List.of("index", "build", "--originals", feed.toString(), dir.resolve("missing").toString(),
                "-o", index.toString()));
        assertEquals(2, build.code(), build.err()); // an input is missing; the rest is indexed
        List<String> lines = build.err().lines().toList();
        assertEquals(5, lines.size(), build.err());
        assertTrue(lines.contains("unspin: index: " + dir.resolve("missing") + ": no such file or directory"), build.err());
        assertTrue(lines.contains("unspin: index: " + feed + ":3: empty text (original skipped)"), build.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("unspin: index: " + feed + ":4: not English (fr")), build.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("unspin: index: " + feed + ":5: ")), build.err());
        assertTrue(lines.contains("unspin: index: " + feed + ":2: duplicate id 's1' (first at " + feed + ":1): skipped"), build.err());
        assertTrue(build.out().startsWith("1 originals indexed into " + index + " from 5 records (3 skipped, 1 duplicate ids)"), build.out());

        CliRun check = run("check", "--index", index.toString(), copy.toString());
        assertTrue(check.out().contains("spun-copy of s1"), check.out());
    }

    @Test
    void anIndexOfAnotherVersionIsRefusedWithExit2() throws Exception {
        Path index = dir.resolve("index");
        assertEquals(0, CliRun.of("", List.of("index", "build", "--originals", originals.toString(), "-o", index.toString())).code());
        Path stamp = index.resolve("unspin-index.properties");
        Files.writeString(stamp, Files.readString(stamp).replaceAll("format=\\d+", "format=999"));
        CliRun check = run("check", "--index", index.toString(), copy.toString());
        assertEquals(2, check.code());
        assertEquals("unspin: " + index + ": index format 999 was written by another version of unspin (this one reads format 1);"
                + " rebuild it with `unspin index build`\n", check.err());
        assertFalse(check.out().contains("spun-copy"));
    }

    @Test
    void originalsAndIndexTogetherAreAUsageError() {
        CliRun run = run("check", "--originals", originals.toString(), "--index", dir.toString(), copy.toString());
        assertEquals(2, run.code());
        assertEquals("unspin: give --originals or --index, not both\n", run.err());
    }
}
