package dev.unspin.model;

import dev.unspin.dictionary.SwapVocabulary;
import dev.unspin.engine.Category;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Detector;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.FindingMerger;
import dev.unspin.engine.Severity;
import dev.unspin.engine.Source;
import dev.unspin.engine.SpinScorer;
import dev.unspin.engine.Verdict;
import dev.unspin.text.CaseStyle;
import dev.unspin.text.Sentence;
import dev.unspin.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Spins no list names, found in context: wherever a word (or two) is the spun side of one of the
 * spinners' known swaps ({@link SwapVocabulary}), the trigram model scores the sentence with the
 * word as written and with what it most likely replaced; a replacement that makes the sentence
 * clearly more likely ({@link Calibration}) is a finding. Words the model cannot judge are left
 * alone: capitalised words inside a sentence (names), words in quotations, words the model does
 * not know, words next to numbers or unknown words, and single function words ({@link FunctionWords}).
 */
public final class ModelDetector implements Detector {
    public static final String RULE = "model/swap-in-context";

    private final TrigramModel model;
    private final SwapVocabulary swaps;
    private final ContextWindow window;
    private final Calibration calibration;

    public ModelDetector(TrigramModel model, SwapVocabulary swaps, Calibration calibration) {
        this.model = model;
        this.swaps = swaps;
        this.window = new ContextWindow(model);
        this.calibration = calibration;
    }

    @Override
    public List<Finding> detect(Document document, CheckSettings settings) {
        return detect(document, settings, List.of());
    }

    /**
     * Strong signals are findings. Weak ones are too, but only in a document that is already at
     * least suspect on the evidence of the other detectors and the strong signals, and that the
     * weak signals together make spun: many weak signals are strong evidence about a document,
     * never about a single phrase in a document that is otherwise clean.
     */
    @Override
    public List<Finding> detect(Document document, CheckSettings settings, List<Finding> earlier) {
        List<Finding> strong = new ArrayList<>();
        List<Finding> weak = new ArrayList<>();
        boolean[] quoted = QuotedTokens.of(document.tokens(), document.normalized().text());
        for (Sentence sentence : document.sentences()) {
            SentenceWords words = SentenceWords.of(document.tokens(), sentence, quoted, model);
            for (int p = 1; p < words.ids().length - 1; p++) {
                Candidate best = bestCandidate(words, p);
                if (best == null || foundBefore(document, words, p, best, earlier)) {
                    continue;
                }
                if (calibration.strong(best.excess())) {
                    strong.add(toFinding(document, words, p, best, calibration.confidence(best.excess())));
                } else {
                    weak.add(toFinding(document, words, p, best, calibration.pooledConfidence()));
                }
                p += best.spunLength() - 1;
            }
        }
        if (!weak.isEmpty() && weakSignalsCount(document, earlier, strong, weak)) {
            strong.addAll(weak);
        }
        return strong;
    }

    /** Whether another detector already reported these words: the model adds what the lists do not name. */
    private static boolean foundBefore(Document document, SentenceWords words, int p, Candidate candidate, List<Finding> earlier) {
        int start = document.originalStart(words.token(p));
        int end = document.originalEnd(words.token(p + candidate.spunLength() - 1));
        for (Finding f : earlier) {
            if (f.start() < end && start < f.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean weakSignalsCount(Document document, List<Finding> earlier, List<Finding> strong, List<Finding> weak) {
        List<Finding> known = new ArrayList<>(earlier);
        known.addAll(strong);
        int words = document.wordCount();
        if (SpinScorer.verdict(SpinScorer.score(FindingMerger.merge(known), words)) == Verdict.CLEAN) {
            return false;
        }
        known.addAll(weak);
        return SpinScorer.verdict(SpinScorer.score(FindingMerger.merge(known), words)) == Verdict.SPUN;
    }

    /** The likeliest original of the words at p (two words tried before one), if it is at least a weak signal. */
    private Candidate bestCandidate(SentenceWords words, int p) {
        for (int length = SwapVocabulary.MAX_WORDS; length >= 1; length--) {
            if (!words.judgeable(p, length)) {
                continue;
            }
            Candidate best = null;
            String spun = words.lowerText(p, length);
            if (length == 1 && FunctionWords.contains(spun)) {
                continue;
            }
            for (SwapVocabulary.Swap swap : swaps.backFrom(spun)) {
                int[] replacement = ids(swap.original());
                if (replacement == null) {
                    continue;
                }
                double gain = window.gain(words.ids(), p, p + length, replacement);
                double commonness = unigrams(replacement) - unigrams(Arrays.copyOfRange(words.ids(), p, p + length));
                double excess = calibration.excess(gain, commonness, swap.support());
                if ((calibration.strong(excess) || calibration.weak(excess)) && (best == null || excess > best.excess())) {
                    best = new Candidate(length, swap.originalText(), gain, excess);
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private double unigrams(int[] ids) {
        double sum = 0;
        for (int id : ids) {
            sum += model.unigramLogProb(id);
        }
        return sum;
    }

    private int[] ids(String[] words) {
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = model.id(words[i]);
            if (ids[i] == TrigramModel.UNKNOWN) {
                return null;
            }
        }
        return ids;
    }

    private Finding toFinding(Document document, SentenceWords words, int p, Candidate candidate, double confidence) {
        Token first = words.token(p);
        Token last = words.token(p + candidate.spunLength() - 1);
        int start = document.originalStart(first);
        int end = document.originalEnd(last);
        String text = document.original().substring(start, end);
        String suggestion = CaseStyle.of(text).apply(candidate.original());
        String message = String.format(java.util.Locale.ROOT,
                "\u201C%s\u201D reads like a spinner's swap; in this context the language model finds \u201C%s\u201D"
                        + " %.0f times more likely.", text, suggestion, Math.pow(10, candidate.gain()));
        return new Finding(RULE, Category.SPINNER_SYNONYM, Severity.forConfidence(confidence), confidence, start, end,
                List.of(suggestion), message, Source.MODEL);
    }

    private record Candidate(int spunLength, String original, double gain, double excess) {
    }
}
