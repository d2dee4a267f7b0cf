package dev.unspin.server;

import dev.unspin.pipeline.CheckPipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The warm pipelines the server checks with, shared by all requests: the one without a source language,
 * built at start and always kept, and one per source language (a request's motherTongue), built on first
 * use; at most {@link #MAX_SOURCE_LANGUAGES} of those are kept, the least recently used dropped first.
 * Thread-safe.
 */
public final class Pipelines {
    static final int MAX_SOURCE_LANGUAGES = 8;

    private final Function<Optional<String>, CheckPipeline> factory;
    private final CheckPipeline english;
    private final Map<String, CheckPipeline> bySourceLanguage = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CheckPipeline> eldest) {
            return size() > MAX_SOURCE_LANGUAGES;
        }
    };

    /** {@code factory}: the pipeline for a source language (empty: none). */
    public Pipelines(Function<Optional<String>, CheckPipeline> factory) {
        this.factory = factory;
        this.english = factory.apply(Optional.empty());
    }

    /** Packaged rules, every detector, the default min-confidence, no configuration files. */
    public static Pipelines packaged() {
        return new Pipelines(language -> CheckPipeline.builder().sourceLanguage(language).build());
    }

    public CheckPipeline forSourceLanguage(Optional<String> language) {
        if (language.isEmpty()) {
            return english;
        }
        synchronized (bySourceLanguage) {
            return bySourceLanguage.computeIfAbsent(language.get(), code -> factory.apply(Optional.of(code)));
        }
    }

    int sourceLanguagesKept() {
        synchronized (bySourceLanguage) {
            return bySourceLanguage.size();
        }
    }
}
