package dev.unspin.server;

import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputFormat;
import dev.unspin.pipeline.CheckInput;
import dev.unspin.report.JsonReportWriter;
import dev.unspin.report.RunReport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * POST /api/check: unspin's own JSON report (as {@code check --format json} writes it: the document with
 * its score, verdict and findings, and the summary) for the field {@code text}, written as {@code format}
 * text (default), markdown or html; fields as a form or a JSON object.
 */
final class ApiCheck {
    private final Pipelines pipelines;
    private final CheckRunner runner;
    private final String version;

    ApiCheck(Pipelines pipelines, CheckRunner runner, String version) {
        this.pipelines = pipelines;
        this.runner = runner;
        this.version = version;
    }

    byte[] answer(RequestFields fields) {
        String text = fields.get("text").orElseThrow(() -> new HttpProblem(400, "missing the field 'text'"));
        InputFormat format = format(fields.nonBlank("format").orElse("text"));
        String name = fields.nonBlank("name").orElse("text");
        DocumentResult result = runner.run(() -> pipelines.forSourceLanguage(LanguageToolCheck.sourceLanguage(fields.nonBlank("sourceLanguage")))
                .check(CheckInput.of(name, text, format)));
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(new RunReport(version, List.of(result), List.of()), new PrintWriter(out));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static InputFormat format(String name) {
        for (InputFormat f : InputFormat.values()) {
            if (f.toString().equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new HttpProblem(400, "format must be text, markdown or html, got '" + name + "'");
    }
}
