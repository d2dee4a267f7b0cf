package dev.unspin.grammar;

import dev.unspin.text.PosTagger;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.tagging.disambiguation.MultiWordChunker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts LanguageTool's English analysis on a thread of its own, once per JVM, while the check's
 * other detectors work on the main thread (on two cores most of LanguageTool's ~1.3 s start then
 * overlaps them): the language, its tagger, its disambiguator with its rules and multi-word lists
 * (loaded on the first sentence it disambiguates, here a fixed one) and its chunker with the POS
 * model unspin shares. A session waits for it before it uses LanguageTool, and while it waits it
 * takes the parts the warm-up has not begun (the chunker's models; the global spelling multi-word
 * list, once the disambiguator that owns it exists), so the two threads share the work. LanguageTool
 * guards each part's lazy loading itself. If the start fails here, the session's own use meets the
 * same failure and reports it.
 */
final class LanguageToolWarmUp {
    static final String SENTENCE = "The talks follow the president's state visit to Washington last week.";
    /** The multi-word list EnglishHybridDisambiguator loads last and slowest (~0.3 s), with its settings there. */
    static final String GLOBAL_SPELLING = "/spelling_global.txt";
    static final String MULTI_WORDS = "/en/multiwords.txt";
    private static final AtomicBoolean chunkerClaimed = new AtomicBoolean();
    private static final AtomicBoolean globalSpellingClaimed = new AtomicBoolean();
    private static final CompletableFuture<Void> disambiguatorCreated = new CompletableFuture<>();
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
                disambiguatorCreated.complete(null);
                done.complete(null);
            }
        }, "unspin-languagetool-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Returns once a started warm-up is over; at once when none was started. Meanwhile the calling
     * thread does the parts of the warm-up no thread has begun.
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
            startChunkerUnlessClaimed();
            disambiguatorCreated.join();
            loadGlobalSpellingUnlessClaimed();
        } catch (IOException | RuntimeException e) {
            // the session starts LanguageTool itself and reports the failure there
        }
        pending.join();
    }

    private static void warm() throws IOException {
        Language english = GrammarRuleLoader.english();
        english.getDisambiguator();
        disambiguatorCreated.complete(null);
        multiWords().disambiguate(warmUpSentence());
        loadGlobalSpellingUnlessClaimed();
        english.getDisambiguator().disambiguate(warmUpSentence());
        startChunkerUnlessClaimed();
    }

    /** The chunker with the POS model unspin shares, started by the first thread to ask. */
    private static void startChunkerUnlessClaimed() {
        if (chunkerClaimed.compareAndSet(false, true)) {
            PosTagger.model();
            GrammarRuleLoader.english().getChunker();
        }
    }

    private static void loadGlobalSpellingUnlessClaimed() throws IOException {
        if (globalSpellingClaimed.compareAndSet(false, true)) {
            globalSpelling().disambiguate(warmUpSentence());
        }
    }

    /** The cached instance EnglishHybridDisambiguator holds for the English multi-word list (same path and settings). */
    static MultiWordChunker multiWords() {
        return MultiWordChunker.getInstance(MULTI_WORDS, true, true, false);
    }

    /** The cached instance EnglishHybridDisambiguator holds for the global spelling list (same path and settings). */
    static MultiWordChunker globalSpelling() {
        return MultiWordChunker.getInstance(GLOBAL_SPELLING, true, true, false, MultiWordChunker.tagForNotAddingTags);
    }

    private static AnalyzedSentence warmUpSentence() throws IOException {
        Language english = GrammarRuleLoader.english();
        List<AnalyzedTokenReadings> tokens = new ArrayList<>();
        tokens.add(new AnalyzedTokenReadings(new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null), 0));
        tokens.addAll(english.getTagger().tag(english.getWordTokenizer().tokenize(SENTENCE)));
        return new AnalyzedSentence(tokens.toArray(AnalyzedTokenReadings[]::new));
    }
}
