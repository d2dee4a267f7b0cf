package dev.unspin.grammar;

import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each shared sentence is analysed once, by whichever thread claims it; failures fall back to the caller. */
class SharedAnalysesTest {
    private static final List<String> SENTENCES = List.of("One.", "Two.", "Three.", "Four.", "Five.", "Six.");

    private static AnalyzedSentence analysisOf(String sentence) {
        return new AnalyzedSentence(new AnalyzedTokenReadings[] {new AnalyzedTokenReadings(new AnalyzedToken(sentence, null, null), 0)});
    }

    @Test
    void twoThreadsAnalyseEverySentenceOnceAndBothSeeTheSameAnalysis() throws Exception {
        SharedAnalyses shared = new SharedAnalyses(SENTENCES);
        Map<String, AtomicInteger> analysed = new ConcurrentHashMap<>();
        SharedAnalyses.Analyser counting = sentence -> {
            analysed.computeIfAbsent(sentence, s -> new AtomicInteger()).incrementAndGet();
            return analysisOf(sentence);
        };
        Thread backwards = new Thread(() -> {
            try {
                shared.analyseBackwards(counting);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        backwards.start();
        List<AnalyzedSentence> forwards = new java.util.ArrayList<>();
        for (String sentence : SENTENCES) {
            forwards.add(shared.analysed(sentence, counting));
        }
        backwards.join();
        for (int i = 0; i < SENTENCES.size(); i++) {
            assertEquals(1, analysed.get(SENTENCES.get(i)).get(), SENTENCES.get(i));
            assertEquals(SENTENCES.get(i), forwards.get(i).getTokens()[0].getToken());
        }
        assertSame(forwards.get(5), shared.analysed("Six.", counting), "a shared analysis is kept");
    }

    @Test
    void aSentenceNotSharedIsAnalysedByTheCallerEveryTime() throws IOException {
        SharedAnalyses shared = new SharedAnalyses(SENTENCES);
        AtomicInteger calls = new AtomicInteger();
        SharedAnalyses.Analyser counting = sentence -> {
            calls.incrementAndGet();
            return analysisOf(sentence);
        };
        shared.analysed("Seven.", counting);
        shared.analysed("Seven.", counting);
        assertEquals(2, calls.get());
    }

    @Test
    void aFailedAnalysisIsMadeAgainByTheNextThreadThatNeedsIt() throws IOException {
        SharedAnalyses shared = new SharedAnalyses(SENTENCES);
        assertThrows(IOException.class, () -> shared.analyseBackwards(sentence -> {
            throw new IOException("broken");
        }));
        assertEquals("Six.", shared.analysed("Six.", SharedAnalysesTest::analysisOf).getTokens()[0].getToken());
    }
}
