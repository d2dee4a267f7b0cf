package dev.unspin.grammar;

import dev.unspin.text.PosTagger;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts LanguageTool's English analysis in the background, once per JVM, while the check's other
 * detectors work on the checking thread: on one thread the language, its tagger, the disambiguation
 * rules the document's anchored sentences can trigger ({@link EnglishDisambiguator}), the English
 * multi-word list and the chunker with the POS model unspin shares. A session waits for that thread
 * before it uses LanguageTool, and while it waits it takes the parts no thread has begun, so the
 * threads share the work; LanguageTool guards each part's lazy loading itself. Once loaded, the
 * first thread analyses the anchored sentences from the last while the checking thread goes from
 * the first ({@link SharedAnalyses}). If the start fails here, the session's own use meets the same
 * failure and reports it.
 */
final class LanguageToolWarmUp {
    static final String SENTENCE = "The talks follow the president's state visit to Washington last week.";
    private static final AtomicBoolean chunkerClaimed = new AtomicBoolean();
    private static final AtomicBoolean multiWordsClaimed = new AtomicBoolean();
    private static CompletableFuture<Void> started;
    private static volatile SharedAnalyses analyses = new SharedAnalyses(List.of());

    /** A part of the start that may fail like LanguageTool's loading does. */
    private interface Part {
        void run() throws IOException;
    }

    private LanguageToolWarmUp() {
    }

    /**
     * Starts the warm-up unless it was started before, for the anchored sentences of the document that
     * needs it: it parses ahead the disambiguation rules they can trigger and shares their analysis.
     */
    static synchronized void start(List<String> sentences) {
        if (started != null) {
            return;
        }
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        started = loaded;
        SharedAnalyses shared = new SharedAnalyses(sentences);
        analyses = shared;
        background("unspin-languagetool-start", () -> {
            try {
                load(shared.sentences());
            } finally {
                loaded.complete(null);
            }
            shared.analyseBackwards(new EnglishAnalyser()::analyse);
        });
    }

    /** The analyses of the sentences the warm-up was started for (none before it starts), shared with its thread. */
    static SharedAnalyses analyses() {
        return analyses;
    }

    /**
     * Returns once a started warm-up has loaded LanguageTool; at once when none was started. Meanwhile the
     * calling thread does the parts of the warm-up no thread has begun.
     */
    static void awaitFinished() {
        CompletableFuture<Void> pending;
        synchronized (LanguageToolWarmUp.class) {
            pending = started;
        }
        if (pending == null) {
            return;
        }
        try {
            unlessClaimed(chunkerClaimed, LanguageToolWarmUp::startChunker);
            unlessClaimed(multiWordsClaimed, () -> EnglishDisambiguator.multiWords().disambiguate(emptySentence()));
        } catch (IOException | RuntimeException e) {
            // the session starts LanguageTool itself and reports the failure there
        }
        pending.join();
    }

    private static void load(List<String> sentences) throws IOException {
        Language english = GrammarRuleLoader.english();
        english.getTagger().tag(english.getWordTokenizer().tokenize(SENTENCE));
        EnglishDisambiguator.prepare(sentences);
        unlessClaimed(multiWordsClaimed, () -> EnglishDisambiguator.multiWords().disambiguate(emptySentence()));
        unlessClaimed(chunkerClaimed, LanguageToolWarmUp::startChunker);
    }

    /** The chunker with the POS model unspin shares. */
    private static void startChunker() {
        PosTagger.model();
        GrammarRuleLoader.english().getChunker();
    }

    private static void unlessClaimed(AtomicBoolean claim, Part part) throws IOException {
        if (claim.compareAndSet(false, true)) {
            part.run();
        }
    }

    private static void background(String name, Part part) {
        Thread thread = new Thread(() -> {
            try {
                part.run();
            } catch (IOException | RuntimeException e) {
                // the checking thread does the part itself and reports the failure there
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** A sentence of one untagged word: enough for a multi-word list to load (on the first sentence it sees). */
    private static AnalyzedSentence emptySentence() {
        return new AnalyzedSentence(new AnalyzedTokenReadings[] {
                new AnalyzedTokenReadings(new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null), 0),
                new AnalyzedTokenReadings(new AnalyzedToken("word", null, null), 0)});
    }
}
