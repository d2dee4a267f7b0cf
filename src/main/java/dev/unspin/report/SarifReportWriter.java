package dev.unspin.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unspin.engine.Category;
import dev.unspin.bitext.SegmentScores;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SegmentLookup;
import dev.unspin.engine.SegmentResult;
import dev.unspin.engine.Severity;
import dev.unspin.input.InputProblem;

import dev.unspin.text.LineIndex;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0, as GitHub code scanning ingests it: one run, a rule entry for every rule that
 * fired, one result per finding with its region (UTF-16 columns), a stable fingerprint and the
 * fix as a replacement. Paths are relative to the working directory under the base id
 * %SRCROOT%, which the consumer (GitHub: the repository root) resolves, so the file does not
 * depend on where it was made. Unreadable inputs become tool execution notifications.
 */
public final class SarifReportWriter implements ReportWriter {
    private static final ObjectMapper MAPPER = JsonOutput.MAPPER;
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String SOURCE_ROOT = "%SRCROOT%";

    private final Path workingDirectory;

    public SarifReportWriter(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void write(RunReport report, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "unspin");
        driver.put("version", report.toolVersion());
        driver.put("semanticVersion", report.toolVersion());
        ArrayNode rules = driver.putArray("rules");
        run.put("columnKind", "utf16CodeUnits");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode results = run.putArray("results");
        for (DocumentResult document : report.documents()) {
            String uri = uri(document.document().path());
            SegmentLookup segments = SegmentLookup.of(document.segments());
            for (Finding finding : document.findings()) {
                Integer index = ruleIndex.get(finding.rule());
                if (index == null) {
                    index = ruleIndex.size();
                    ruleIndex.put(finding.rule(), index);
                    rules.add(rule(finding));
                }
                results.add(result(document, finding, segments.at(finding.start()), uri, index));
            }
        }
        translationScores(report, run);
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", report.problems().isEmpty());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (InputProblem problem : report.problems()) {
            ObjectNode n = notifications.addObject();
            n.put("level", "error");
            n.putObject("message").put("text", problem.path() + ": " + problem.message());
            physicalLocation(n.putArray("locations").addObject(), uri(problem.path()));
        }
        Summary summary = report.summary();
        if (summary.hiddenCount() > 0) {
            ObjectNode hidden = run.putObject("properties").putObject("hidden");
            summary.hidden().forEach(hidden::put);
        }
        JsonOutput.pretty(root, out);
    }

    /** Each bilingual file as an artifact whose properties hold its translation score and segment counts. */
    private void translationScores(RunReport report, ObjectNode run) {
        ArrayNode artifacts = null;
        for (DocumentResult document : report.documents()) {
            if (document.segments().isEmpty()) {
                continue;
            }
            artifacts = artifacts == null ? run.putArray("artifacts") : artifacts;
            ObjectNode artifact = artifacts.addObject();
            artifact.putObject("location").put("uri", uri(document.document().path())).put("uriBaseId", SOURCE_ROOT);
            artifact.putObject("properties")
                    .put("translationScore", TranslationScores.rounded(SegmentScores.fileScore(document.segments())))
                    .put("segments", document.segments().size())
                    .put("segmentsWithFindings", SegmentScores.withFindings(document.segments()));
        }
    }

    private static ObjectNode rule(Finding example) {
        ObjectNode rule = MAPPER.createObjectNode();
        rule.put("id", example.rule());
        rule.put("name", example.rule().replaceAll("[^A-Za-z0-9]+", "_"));
        rule.putObject("shortDescription").put("text", shortDescription(example));
        rule.putObject("fullDescription").put("text", example.message());
        String help = help(example.category());
        rule.putObject("help").put("text", help).put("markdown", help);
        rule.putObject("defaultConfiguration").put("level", level(example.severity()));
        rule.putObject("properties").putArray("tags").add(example.category().id()).add(example.detector().id());
        return rule;
    }

    private static String shortDescription(Finding example) {
        String label = switch (example.category()) {
            case SPINNER_SYNONYM -> "Spinner synonym";
            case TORTURED_PHRASE -> "Tortured phrase";
            case MACHINE_TRANSLATION -> "Machine-translation artefact";
            case GRAMMAR -> "Grammar";
            case SPUN_COPY -> "Differs from the known original";
        };
        return example.suggestions().isEmpty() ? label : label + ": write \u201C" + example.suggestions().get(0) + "\u201D";
    }

    private static String help(Category category) {
        return switch (category) {
            case SPINNER_SYNONYM -> "Article spinners replace words with synonyms that are wrong in context. "
                    + "Replace the phrase with the suggestion if it says what the text means.";
            case TORTURED_PHRASE -> "Paraphrasing tools replace each word of an established technical term. "
                    + "Use the established term.";
            case MACHINE_TRANSLATION -> "A literal translation that English does not use. Use the idiomatic wording.";
            case GRAMMAR -> "A grammar rule matched. Check the sentence.";
            case SPUN_COPY -> "The document copies a known original with these words changed. The suggestion is the original's wording.";
        };
    }

    private ObjectNode result(DocumentResult document, Finding finding, Optional<SegmentResult> segment, String uri, int index) {
        ObjectNode result = MAPPER.createObjectNode();
        result.put("ruleId", finding.rule());
        result.put("ruleIndex", index);
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.message());
        ObjectNode region = physicalLocation(result.putArray("locations").addObject(), uri)
                .putObject("region");
        region(region, document, finding);
        region.put("charOffset", finding.start());
        region.put("charLength", finding.length());
        String phrase = document.document().original().substring(finding.start(), finding.end());
        region.putObject("snippet").put("text", phrase);
        result.putObject("partialFingerprints").put("unspinPhrase/v1",
                fingerprint(finding.rule() + "\u0000" + uri + "\u0000" + phrase + "\u0000" + lineText(document, finding)));
        ObjectNode properties = result.putObject("properties").put("confidence", finding.confidence())
                .put("category", finding.category().id()).put("source", finding.detector().id());
        segment
                .ifPresent(s -> properties.put("segment", s.id()).put("segmentScore", TranslationScores.rounded(s.score())));
        if (finding.original() != null) {
            JsonReportWriter.putOriginal(properties.putObject("original"), finding.original());
        }
        if (!finding.suggestions().isEmpty()) {
            ObjectNode fix = result.putArray("fixes").addObject();
            fix.putObject("description").put("text", "Replace with \u201C" + finding.suggestions().get(0) + "\u201D");
            ObjectNode change = fix.putArray("artifactChanges").addObject();
            change.putObject("artifactLocation").put("uri", uri).put("uriBaseId", SOURCE_ROOT);
            ObjectNode replacement = change.putArray("replacements").addObject();
            region(replacement.putObject("deletedRegion"), document, finding);
            replacement.putObject("insertedContent").put("text", finding.suggestions().get(0));
        }
        return result;
    }

    private static void region(ObjectNode region, DocumentResult document, Finding finding) {
        Locations at = Locations.of(document, finding);
        region.put("startLine", at.line());
        region.put("startColumn", at.column());
        region.put("endLine", at.endLine());
        region.put("endColumn", at.endColumn());
    }

    private static ObjectNode physicalLocation(ObjectNode location, String uri) {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri).put("uriBaseId", SOURCE_ROOT);
        return physical;
    }

    private static String lineText(DocumentResult document, Finding finding) {
        String text = document.document().original();
        LineIndex lines = document.document().lineIndex();
        int lineStart = lines.lineStart(lines.line(finding.start()));
        int lineEnd = Math.max(finding.end(), lines.lineEnd(lines.line(finding.end())));
        return text.substring(lineStart, lineEnd).strip();
    }

    /** The document's path relative to the working directory, as a relative URI reference. */
    private String uri(String displayPath) {
        String relative = ReportPaths.relative(displayPath, workingDirectory);
        StringBuilder out = new StringBuilder();
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String fingerprint(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
