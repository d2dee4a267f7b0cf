package dev.unspin.grammar;

import org.languagetool.AnalyzedSentence;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LanguageTool's analyses of the sentences the warm-up was started for, each made once by whichever
 * thread claims it first: the checking thread works through the document from its first sentence,
 * the warm-up thread, once LanguageTool is loaded, from its last ({@link #analyseBackwards}), so on
 * two cores the two share the analysis (the slowest part after loading, ~30 ms a sentence while the
 * code is cold). An analysis depends only on the sentence's text, so who made it does not matter.
 * Sentences not handed to the warm-up are analysed by the caller and not kept. Thread-safe.
 */
final class SharedAnalyses {
    /** Analyses a sentence with the calling thread's own LanguageTool. */
    interface Analyser {
        AnalyzedSentence analyse(String sentence) throws IOException;
    }

    private final Map<String, CompletableFuture<AnalyzedSentence>> claims = new ConcurrentHashMap<>();
    private final List<String> sentences;

    SharedAnalyses(List<String> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    List<String> sentences() {
        return sentences;
    }

    /** The sentence's analysis: the one another thread made or is making, else the caller's own. */
    AnalyzedSentence analysed(String sentence, Analyser analyser) throws IOException {
        if (!sentences.contains(sentence)) {
            return analyser.analyse(sentence);
        }
        CompletableFuture<AnalyzedSentence> mine = new CompletableFuture<>();
        CompletableFuture<AnalyzedSentence> claimed = claims.putIfAbsent(sentence, mine);
        if (claimed != null) {
            try {
                return claimed.join();
            } catch (CompletionException e) {
                return analyser.analyse(sentence);
            }
        }
        return analyseClaimed(sentence, mine, analyser);
    }

    /** Analyses the sentences no thread has claimed, from the last, until one is claimed (the other thread got there). */
    void analyseBackwards(Analyser analyser) throws IOException {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            CompletableFuture<AnalyzedSentence> mine = new CompletableFuture<>();
            if (claims.putIfAbsent(sentences.get(i), mine) != null) {
                return;
            }
            analyseClaimed(sentences.get(i), mine, analyser);
        }
    }

    private static AnalyzedSentence analyseClaimed(String sentence, CompletableFuture<AnalyzedSentence> claim, Analyser analyser)
            throws IOException {
        try {
            AnalyzedSentence analysed = analyser.analyse(sentence);
            claim.complete(analysed);
            return analysed;
        } catch (Throwable e) {
            claim.completeExceptionally(e);
            throw e;
        }
    }
}
