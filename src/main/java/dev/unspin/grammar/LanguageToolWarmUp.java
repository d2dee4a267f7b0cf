package dev.unspin.grammar;

import dev.unspin.text.PosTagger;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Starts LanguageTool's English analysis on a thread of its own, once per JVM, while the check's
 * other detectors work on the main thread (on two cores the ~1 s of LanguageTool's start then mostly
 * overlaps them): the language, its tagger, its disambiguator with its rules (loaded on the first
 * sentence it disambiguates, here a fixed one) and its chunker with the POS model unspin shares.
 * A session waits for it before it uses LanguageTool, so LanguageTool is never used by two threads
 * at once; if the start fails here, the session's own use meets the same failure and reports it.
 */
final class LanguageToolWarmUp {
    static final String SENTENCE = "The talks follow the president's state visit to Washington last week.";
    private static CompletableFuture<Void> started;

    private LanguageToolWarmUp() {
    }

    /** Starts the warm-up unless it was started before. */
    static synchronized void start() {
        if (started != null) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        started = done;
        Thread thread = new Thread(() -> {
            try {
                warm();
            } catch (IOException | RuntimeException e) {
                // the session starts LanguageTool itself and reports the failure there
            } finally {
                done.complete(null);
            }
        }, "unspin-languagetool-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Returns once a started warm-up is over; at once when none was started. */
    static void awaitFinished() {
        CompletableFuture<Void> pending;
        synchronized (LanguageToolWarmUp.class) {
            pending = started;
        }
        if (pending != null) {
            pending.join();
        }
    }

    private static void warm() throws IOException {
        Language english = GrammarRuleLoader.english();
        List<AnalyzedTokenReadings> tokens = new ArrayList<>();
        tokens.add(new AnalyzedTokenReadings(new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null), 0));
        tokens.addAll(english.getTagger().tag(english.getWordTokenizer().tokenize(SENTENCE)));
        english.getDisambiguator().disambiguate(new AnalyzedSentence(tokens.toArray(AnalyzedTokenReadings[]::new)));
        PosTagger.model();
        english.getChunker();
    }
}
