package dev.unspin.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unspin.eval.LabelledCorpus;
import dev.unspin.audit.Audit;
import dev.unspin.pipeline.CheckPipeline;
import dev.unspin.audit.FeedGenerator;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark job in local mode gives the local audit's results: every documents line, sources.csv and summary.html. */
class SparkAuditTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void jsonLinesGiveTheLocalAuditsResults() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        FeedGenerator.Counts counts = generator().write(new FeedGenerator.Options(100, 7, 0.05, 0.3), feed);
        assertTrue(counts.malformed() > 0, "the feed has malformed lines");
        // what a line splitter could get wrong: a blank line, CRLF, a lone CR inside a line, no text at all;
        // and a record in French, skipped as not English
        Files.write(feed, ("\n{\"id\":\"crlf\",\"source\":\"crlf.example\",\"text\":\"The council met on Monday.\"}\r\n"
                + "{\"id\":\"cr\",\"text\":\"one\rtwo\"}\n{\"id\":\"no-text\",\"url\":\"https://www.host.example/a\"}\n"
                + "{\"id\":\"number\",\"text\":42}\n{\"id\":\"big\",\"text\":\"" + "word ".repeat(5000) + "\"}\n"
                + "{\"id\":\"fr\",\"source\":\"crlf.example\",\"text\":\"Le conseil municipal a voté mardi le prolongement de la ligne de tramway.\"}\n")
                .getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);

        Path local = dir.resolve("local");
        Audit.Summary summary = Audit.run(new Audit.Options(List.of(feed), local, "id", "text", "html", "source", "url", 2, 8, false, false,
                        16 << 10, "test", Map.of()),
                PartitionCheck.pipeline(null)::check, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        Path cluster = dir.resolve("spark");
        assertEquals(0, run(feed.toString(), "-o", cluster.toString(), "--partitions", "3", "--max-record-size", "16K"));

        List<JsonNode> expected = lines(local.resolve(Audit.DOCUMENTS));
        List<JsonNode> got = lines(cluster.resolve(Audit.DOCUMENTS));
        assertEquals(counts.records() + 6, expected.size());
        assertEquals(1, summary.notEnglish());
        assertEquals(summary.failed(), expected.stream().filter(n -> n.path("status").asText().equals("failed")).count());
        assertTrue(summary.failed() >= counts.malformed() + 4, "malformed lines, the lone CR, the missing text, the number, the big line failed");
        assertSameLines(expected, got);
        assertArrayEquals(Files.readAllBytes(local.resolve(Audit.SOURCES)), Files.readAllBytes(cluster.resolve(Audit.SOURCES)));
        assertEquals(Files.readString(local.resolve(Audit.SUMMARY)), Files.readString(cluster.resolve(Audit.SUMMARY)));
        try (var left = Files.list(cluster)) {
            assertEquals(List.of(Audit.DOCUMENTS, Audit.SOURCES, Audit.SUMMARY), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** With --index, every executor opens the shared index of originals; the lines equal the local audit's with that index. */
    @Test
    void anIndexOfOriginalsGivesTheLocalAuditsCopyVerdicts() throws Exception {
        String original = "The storm reached the coast on Monday night. Officials said that more than 2,000 homes lost power"
                + " in the county. The relations of the victim asked the mayor for help.";
        String spun = "The tempest reached the shore on Monday night. Authorities said that more than 2,000 houses lost"
                + " electricity in the county. The members of the family of the victim asked the mayor for assistance.";
        Path index = dir.resolve("index");
        try (dev.unspin.originals.OriginalsIndexWriter writer = dev.unspin.originals.OriginalsIndexWriter.create(index, p -> { })) {
            writer.add("storm", "storm.txt", original);
            writer.add("other", "other.txt", "The city council voted on Wednesday to approve a new budget for the parks department.");
            writer.finish();
        }
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, MAPPER.createObjectNode().put("id", "copy").put("text", spun) + "\n"
                + MAPPER.createObjectNode().put("id", "own").put("text", "Fishing boats left the harbour before dawn on Friday.") + "\n");
        Path local = dir.resolve("local");
        try (dev.unspin.originals.OriginalsIndex opened = dev.unspin.originals.OriginalsIndex.open(index)) {
            CheckPipeline pipeline = CheckPipeline.builder().originals(opened).build();
            Audit.run(new Audit.Options(List.of(feed), local, "id", "text", "html", "source", "url", 2, 8, false, false),
                    pipeline::check, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        }
        Path cluster = dir.resolve("spark");
        assertEquals(0, run(feed.toString(), "-o", cluster.toString(), "--index", index.toString()));
        List<JsonNode> got = lines(cluster.resolve(Audit.DOCUMENTS));
        assertSameLines(lines(local.resolve(Audit.DOCUMENTS)), got);
        Map<String, String> verdicts = got.stream().collect(Collectors.toMap(n -> n.get("id").asText(), n -> n.get("copy").get("verdict").asText()));
        assertEquals(Map.of("copy", "spun-copy", "own", "independent"), verdicts);
    }

    /** Parquet rows carry no line numbers, so positions are FILE:ROW and differ from the JSON Lines ones; all else is equal. */
    @Test
    void parquetRowsGiveTheLocalAuditsResultsButTheirPositions() throws Exception {
        List<String> texts = LabelledCorpus.load(List.of("samples/labelled/spun", "samples/labelled/clean")).entries().stream()
                .limit(12).map(e -> e.text().text()).toList();
        List<org.apache.spark.sql.Row> rows = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            String url = "https://www." + FeedGenerator.HOSTS.get(i % 3).replace("www.", "") + "/" + i;
            String id = i == 0 ? null : "doc-" + i;
            String text = i == 1 ? null : texts.get(i);
            String html = i == 2 ? "<html><body><article><p>" + texts.get(i) + "</p></article></body></html>" : null;
            rows.add(RowFactory.create(id, url, text, html));
            ObjectNode line = MAPPER.createObjectNode().put("id", id).put("url", url).put("text", text).put("html", html);
            jsonl.append(line).append('\n');
        }
        StructType schema = new StructType().add("id", DataTypes.StringType).add("url", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("html", DataTypes.StringType);
        Path parquet = dir.resolve("feed.parquet");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(parquet.toString());
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, jsonl);

        Path local = dir.resolve("local");
        Audit.run(new Audit.Options(List.of(feed), local, "id", "text", "html", "source", "url", 2, 8, false, false),
                PartitionCheck.pipeline(null)::check, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        Path cluster = dir.resolve("spark");
        assertEquals(0, run(parquet.toString(), "-o", cluster.toString()));

        Map<String, JsonNode> expected = byRow(lines(local.resolve(Audit.DOCUMENTS)), "feed.jsonl:");
        Map<String, JsonNode> got = byRow(lines(cluster.resolve(Audit.DOCUMENTS)), ".parquet:");
        assertEquals(texts.size(), got.size());
        assertEquals(expected, got);
        assertEquals(Files.readString(local.resolve(Audit.SOURCES)), Files.readString(cluster.resolve(Audit.SOURCES)));
    }

    @Test
    void optionErrorsAreNamedAndExitWithTwo() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\":\"a\",\"text\":\"The council met on Monday.\"}\n");
        assertError("Missing required option: '--output=DIR'", feed.toString());
        assertError("Invalid value for option '--format'", feed.toString(), "-o", dir.resolve("out").toString(), "--format", "csv");
        assertError("--partitions must be at least 1", feed.toString(), "-o", dir.resolve("out").toString(), "--partitions", "0");
        assertError(dir.resolve("missing.jsonl") + ": no such file or directory", dir.resolve("missing.jsonl").toString(),
                "-o", dir.resolve("out").toString());
        assertError("language model not found: " + dir.resolve("none.bin"), feed.toString(), "-o", dir.resolve("out").toString(),
                "--model", dir.resolve("none.bin").toString());
        Files.createDirectories(dir.resolve("done"));
        Files.writeString(dir.resolve("done").resolve(Audit.DOCUMENTS), "{}\n");
        assertError(Audit.DOCUMENTS + " already exists", feed.toString(), "-o", dir.resolve("done").toString());
    }

    /** Equal as sets, every field compared; a failure shows only the lines that differ. */
    private static void assertSameLines(List<JsonNode> local, List<JsonNode> spark) {
        Set<JsonNode> onlyLocal = new LinkedHashSet<>(local);
        spark.forEach(onlyLocal::remove);
        Set<JsonNode> onlySpark = new LinkedHashSet<>(spark);
        local.forEach(onlySpark::remove);
        assertEquals(Set.of(), onlyLocal, "lines of the local audit that the Spark job did not write");
        assertEquals(Set.of(), onlySpark, "lines of the Spark job that the local audit did not write");
        assertEquals(local.size(), spark.size());
    }

    private void assertError(String message, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkAudit.run(args, new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code, String.join(" ", args));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(message), err.toString(StandardCharsets.UTF_8));
    }

    private static int run(String... args) {
        return SparkAudit.run(args, new PrintStream(OutputStream.nullOutputStream()), System.err);
    }

    private static FeedGenerator generator() {
        return new FeedGenerator(texts("samples/labelled/clean"), texts("samples/labelled/spun"));
    }

    private static List<String> texts(String directory) {
        return LabelledCorpus.load(List.of(directory)).entries().stream().map(e -> e.text().text()).toList();
    }

    /** Every line of a documents file, parsed, in position order. */
    private static List<JsonNode> lines(Path documents) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(documents, StandardCharsets.UTF_8)) {
            nodes.add(MAPPER.readTree(line));
        }
        nodes.sort(Comparator.comparing((JsonNode n) -> n.path("position").asText()));
        assertEquals(nodes.size(), nodes.stream().map(n -> n.path("position").asText()).distinct().count(), "positions are unique");
        return nodes;
    }

    /** Lines by their row number (the number after {@code marker} in the position), the position and a position-made id left out. */
    private static Map<String, JsonNode> byRow(List<JsonNode> lines, String marker) {
        return lines.stream().collect(Collectors.toMap(n -> {
            String position = n.path("position").asText();
            assertTrue(position.contains(marker), position);
            return position.substring(position.lastIndexOf(':') + 1);
        }, n -> {
            ObjectNode copy = n.deepCopy();
            if (copy.path("id").asText().equals(copy.path("position").asText())) {
                copy.remove("id");
            }
            copy.remove("position");
            return copy;
        }, (a, b) -> a, TreeMap::new));
    }
}
