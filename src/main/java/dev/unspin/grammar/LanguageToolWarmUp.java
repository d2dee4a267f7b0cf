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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts LanguageTool's English analysis on a thread of its own, once per JVM, while the check's
 * other detectors work on the main thread (on two cores most of LanguageTool's ~1.3 s start then
 * overlaps them): the language, its tagger, the disambiguator ({@link EnglishDisambiguator}) with
 * the rules the document's anchored sentences can trigger and its multi-word lists (loaded on the
 * first sentence they see, here a fixed one), and the chunker with the POS model unspin shares. A session waits for it before it uses LanguageTool, and while it waits it
 * takes the parts the warm-up has not begun (the chunker's models; the global spelling multi-word
 * list, once the disambiguator that owns it exists), so the two threads share the work. LanguageTool
 * guards each part's lazy loading itself. If the start fails here, the session's own use meets the
 * same failure and reports it.
 */
final class LanguageToolWarmUp {
    static final String SENTENCE = "The talks follow the president's state visit to Washington last week.";
    private static final AtomicBoolean chunkerClaimed = new AtomicBoolean();
    private static final AtomicBoolean globalSpellingClaimed = new AtomicBoolean();
    private static final CompletableFuture<Void> disambiguatorCreated = new CompletableFuture<>();
    private static CompletableFuture<Void> started;

    private LanguageToolWarmUp() {
    }

    /**
     * Starts the warm-up unless it was started before; it parses ahead the disambiguation rules these
     * sentences can trigger.
     */
    static synchronized void start(List<String> sentences) {
        if (started != null) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        started = done;
        Thread thread = new Thread(() -> {
            try {
                warm(List.copyOf(sentences));
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

    private static void warm(List<String> sentences) throws IOException {
        EnglishDisambiguator.shared();
        disambiguatorCreated.complete(null);
        EnglishDisambiguator.prepare(sentences);
        EnglishDisambiguator.multiWords().disambiguate(warmUpSentence());
        loadGlobalSpellingUnlessClaimed();
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
            EnglishDisambiguator.globalSpelling().disambiguate(warmUpSentence());
        }
    }

    private static AnalyzedSentence warmUpSentence() throws IOException {
        Language english = GrammarRuleLoader.english();
        List<AnalyzedTokenReadings> tokens = new ArrayList<>();
        tokens.add(new AnalyzedTokenReadings(new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null), 0));
        tokens.addAll(english.getTagger().tag(english.getWordTokenizer().tokenize(SENTENCE)));
        return new AnalyzedSentence(tokens.toArray(AnalyzedTokenReadings[]::new));
    }
}
