package dev.unspin.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unspin.config.EffectiveSettings;
import dev.unspin.engine.DocumentResult;
import dev.unspin.input.InputFormat;
import dev.unspin.pipeline.CheckInput;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POST /v2/check, LanguageTool's check API answered by unspin: the fields {@code text} or {@code data},
 * {@code language}, {@code motherTongue} (unspin's source language), {@code enabledRules},
 * {@code disabledRules}, {@code enabledCategories}, {@code disabledCategories}, {@code enabledOnly},
 * {@code level}; the answer in LanguageTool's JSON shape. Fields unspin has no use for are ignored.
 */
final class LanguageToolCheck {
    private final Pipelines pipelines;
    private final CheckRunner runner;
    private final Optional<LanguageToolPassThrough> passThrough;
    private final String version;

    LanguageToolCheck(Pipelines pipelines, CheckRunner runner, Optional<LanguageToolPassThrough> passThrough, String version) {
        this.pipelines = pipelines;
        this.runner = runner;
        this.passThrough = passThrough;
        this.version = version;
    }

    ObjectNode answer(RequestFields fields) {
        EnglishVariant language = EnglishVariant.of(fields.nonBlank("language").orElse("auto"), fields.list("preferredVariants"));
        CheckText text = CheckText.of(fields);
        Optional<String> sourceLanguage = sourceLanguage(fields.nonBlank("motherTongue"));
        EffectiveSettings settings = RequestRules.settings(fields);
        long started = System.nanoTime();
        CompletableFuture<List<JsonNode>> theirs = passThrough.map(p -> p.matches(fields))
                .orElse(CompletableFuture.completedFuture(List.of()));
        DocumentResult result = runner.run(() -> pipelines.forSourceLanguage(sourceLanguage)
                .check(CheckInput.of("request", text.prose(), InputFormat.TEXT), settings));
        List<ObjectNode> ours = LanguageToolMatches.of(result, text);
        ObjectNode answer = JsonReply.MAPPER.createObjectNode();
        putSoftware(answer.putObject("software"));
        answer.putObject("warnings").put("incompleteResults", false);
        answer.set("language", language.json());
        ArrayNode matches = answer.putArray("matches");
        LanguageToolPassThrough.merge(ours, await(theirs, started)).forEach(matches::add);
        return answer;
    }

    private void putSoftware(ObjectNode software) {
        software.put("name", "unspin");
        software.put("version", version);
        software.put("buildDate", "");
        software.put("apiVersion", 1);
        software.put("premium", false);
        software.put("status", "");
    }

    /** LanguageTool's matches, waited for within what is left of the request's time. */
    private List<JsonNode> await(CompletableFuture<List<JsonNode>> theirs, long started) {
        long left = runner.timeout().toNanos() - (System.nanoTime() - started);
        try {
            return theirs.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            theirs.cancel(true);
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** motherTongue as unspin's source language: its language subtag; English, or none, is no source language. */
    static Optional<String> sourceLanguage(Optional<String> motherTongue) {
        if (motherTongue.isEmpty()) {
            return Optional.empty();
        }
        String code = motherTongue.get().strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2}")) {
            throw new HttpProblem(400, "motherTongue must be a language code such as de or de-DE, got '" + motherTongue.get() + "'");
        }
        return code.equals("en") ? Optional.empty() : Optional.of(code);
    }
}
