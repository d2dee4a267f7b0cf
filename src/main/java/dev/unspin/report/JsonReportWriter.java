package dev.unspin.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unspin.engine.DocumentResult;
import dev.unspin.bitext.SegmentScores;
import dev.unspin.engine.CopyJudgement;
import dev.unspin.engine.Finding;
import dev.unspin.engine.OriginalSpan;
import dev.unspin.engine.SegmentResult;
import dev.unspin.input.InputProblem;

import java.io.PrintWriter;
import java.util.Map;

/**
 * The JSON report. Field names under tool, documents, findings and summary are a contract other
 * tools read: add fields, never rename or remove them.
 */
public final class JsonReportWriter implements ReportWriter {
    private static final ObjectMapper MAPPER = JsonOutput.MAPPER;

    /** {@code {"name": "unspin", "version": ...}}: the JSON report's "tool", the JSON Lines report's "unspinTool". */
    static ObjectNode tool(RunReport report) {
        return MAPPER.createObjectNode().put("name", "unspin").put("version", report.toolVersion());
    }

    @Override
    public void write(RunReport report, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("tool", tool(report));
        ArrayNode documents = root.putArray("documents");
        for (DocumentResult result : report.documents()) {
            documents.add(document(result));
        }
        ArrayNode errors = root.putArray("errors");
        for (InputProblem problem : report.problems()) {
            errors.addObject().put("path", problem.path()).put("message", problem.message());
        }
        root.set("summary", summary(report.summary()));
        JsonOutput.pretty(root, out);
    }

    /** One document with its findings, as in the "documents" array (also one line of jsonl). */
    static ObjectNode document(DocumentResult result) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("path", result.document().path());
        doc.put("words", result.words());
        doc.put("score", result.score());
        doc.put("verdict", result.verdict().id());
        ArrayNode why = doc.putArray("why");
        result.why().forEach(why::add);
        putCopy(doc, result.copy());
        putCounts(doc.putObject("hidden"), result.hidden());
        ArrayNode findings = doc.putArray("findings");
        String text = result.document().original();
        for (Finding f : result.findings()) {
            Locations at = Locations.of(result, f);
            ObjectNode node = findings.addObject();
            node.put("rule", f.rule());
            node.put("category", f.category().id());
            node.put("severity", f.severity().id());
            node.put("confidence", f.confidence());
            node.put("start", f.start());
            node.put("end", f.end());
            node.put("line", at.line());
            node.put("column", at.column());
            node.put("endLine", at.endLine());
            node.put("endColumn", at.endColumn());
            node.put("text", text.substring(f.start(), f.end()));
            ArrayNode suggestions = node.putArray("suggestions");
            f.suggestions().forEach(suggestions::add);
            node.put("message", f.message());
            node.put("source", f.detector().id());
            if (f.original() != null) {
                putOriginal(node.putObject("original"), f.original());
            }
        }
        if (!result.segments().isEmpty()) {
            putTranslationScore(doc, result);
            ArrayNode segments = doc.putArray("segments");
            for (SegmentResult s : result.segments()) {
                segments.addObject().put("id", s.id()).put("line", s.line()).put("column", s.column())
                        .put("source", s.source()).put("target", s.target()).put("words", s.words())
                        .put("findings", s.findings()).put("score", TranslationScores.rounded(s.score()));
            }
        }
        return doc;
    }

    /**
     * A bilingual file's translation score, its number of segments and how many have findings, as the fields
     * {@code translationScore}, {@code segmentCount} and {@code segmentsWithFindings}; nothing for other documents.
     */
    public static void putTranslationScore(ObjectNode doc, DocumentResult result) {
        if (result.segments().isEmpty()) {
            return;
        }
        doc.put("translationScore", TranslationScores.rounded(SegmentScores.fileScore(result.segments())));
        doc.put("segmentCount", result.segments().size());
        doc.put("segmentsWithFindings", SegmentScores.withFindings(result.segments()));
    }

    /**
     * A document's comparison with the known originals as the field "copy" (verdict, original, coverage, the shares
     * of words changed within aligned sentences and by whole sentences); nothing when no originals were given.
     */
    public static void putCopy(ObjectNode doc, CopyJudgement copy) {
        if (copy == null) {
            return;
        }
        ObjectNode node = doc.putObject("copy");
        node.put("verdict", copy.verdict().id());
        node.put("original", copy.originalId());
        node.put("coverage", copy.coverage());
        node.put("wordChanges", copy.wordChanges());
        node.put("sentenceChanges", copy.sentenceChanges());
    }

    /** Where a finding's original wording stands: the original's id and offsets in its text. */
    static void putOriginal(ObjectNode node, OriginalSpan original) {
        node.put("id", original.id());
        node.put("start", original.start());
        node.put("end", original.end());
    }

    private static ObjectNode summary(Summary s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("documents", s.documents());
        node.put("words", s.words());
        node.put("findings", s.findings());
        putCounts(node.putObject("verdicts"), s.verdicts());
        putCounts(node.putObject("categories"), s.categories());
        putCounts(node.putObject("severities"), s.severities());
        putCounts(node.putObject("rules"), s.rules());
        putCounts(node.putObject("hidden"), s.hidden());
        return node;
    }

    private static void putCounts(ObjectNode node, Map<String, Integer> counts) {
        counts.forEach(node::put);
    }
}
