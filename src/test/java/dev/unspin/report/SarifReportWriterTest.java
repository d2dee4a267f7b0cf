package dev.unspin.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportWriterTest {

    private static JsonNode sarif() throws Exception {
        return new ObjectMapper().readTree(ReportFixture.render(new SarifReportWriter(ReportFixture.WORKING_DIRECTORY)));
    }

    @Test
    void validatesAgainstTheSarif210Schema() throws Exception {
        try (InputStream schemaText = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText);
            JsonNode sarif = sarif();
            Set<ValidationMessage> errors = schema.validate(sarif);
            assertTrue(errors.isEmpty(), errors.toString());
            ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.get("runs").get(0).get("results").get(0)).put("level", "fatal");
            assertFalse(schema.validate(sarif).isEmpty(), "the validator rejects a level SARIF does not define");
        }
    }

    @Test
    void findingsAReportFilterHidIsCountedInTheRunsPropertiesAndStillValidates() throws Exception {
        RunReport full = ReportFixture.report();
        dev.unspin.engine.DocumentResult first = full.documents().get(0);
        RunReport filtered = new RunReport(full.toolVersion(), java.util.List.of(first.hiding("baseline", first.findings().subList(0, 1))),
                full.problems());
        java.io.StringWriter text = new java.io.StringWriter();
        new SarifReportWriter(ReportFixture.WORKING_DIRECTORY).write(filtered, new java.io.PrintWriter(text));
        JsonNode sarif = new ObjectMapper().readTree(text.toString());
        assertEquals(1, sarif.get("runs").get(0).get("properties").get("hidden").get("baseline").asInt());
        assertEquals(1, sarif.get("runs").get(0).get("results").size());
        try (InputStream schemaText = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText);
            assertTrue(schema.validate(sarif).isEmpty());
        }
        assertTrue(sarif().get("runs").get(0).path("properties").isMissingNode(), "nothing hidden, no properties");
    }

    @Test
    void theSampleArticlesSarifValidates() throws Exception {
        try (InputStream schemaText = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText);
            JsonNode sample = new ObjectMapper().readTree(java.nio.file.Path.of("reports/spun-news-2023-05-03.sarif").toFile());
            assertTrue(schema.validate(sample).isEmpty());
            JsonNode json = new ObjectMapper().readTree(java.nio.file.Path.of("reports/spun-news-2023-05-03.json").toFile());
            assertEquals(json.get("documents").get(0).get("findings").size(), sample.get("runs").get(0).get("results").size());
        }
    }

    @Test
    void hasTheFieldsCodeScanningNeeds() throws Exception {
        JsonNode run = sarif().get("runs").get(0);
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(2, rules.size());
        for (JsonNode rule : rules) {
            for (String field : new String[]{"id", "shortDescription", "fullDescription", "help", "defaultConfiguration"}) {
                assertTrue(rule.has(field), field + " in " + rule);
            }
            assertFalse(rule.get("defaultConfiguration").get("level").asText().isEmpty());
        }
        JsonNode result = run.get("results").get(1);
        assertEquals("test/local-weather-exchange", result.get("ruleId").asText());
        assertEquals("error", result.get("level").asText());
        JsonNode physical = result.get("locations").get(0).get("physicalLocation");
        assertEquals("docs/a%20file.md", physical.get("artifactLocation").get("uri").asText());
        JsonNode region = physical.get("region");
        assertEquals(2, region.get("startLine").asInt());
        assertEquals(16, region.get("startColumn").asInt());
        assertEquals(2, region.get("endLine").asInt());
        assertEquals(38, region.get("endColumn").asInt());
        assertFalse(result.get("partialFingerprints").get("unspinPhrase/v1").asText().isEmpty());
        JsonNode replacement = result.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0);
        assertEquals("climate change", replacement.get("insertedContent").get("text").asText());
        assertEquals(16, replacement.get("deletedRegion").get("startColumn").asInt());
        assertEquals("note", run.get("results").get(0).get("level").asText());
        assertFalse(run.get("results").get(0).has("fixes"), "no fix without a suggestion");
        JsonNode notification = run.get("invocations").get(0).get("toolExecutionNotifications").get(0);
        assertTrue(notification.get("message").get("text").asText().contains("bad.txt"));
    }
}
