package dev.unspin.model;

import dev.unspin.dictionary.SwapVocabulary;
import dev.unspin.engine.Category;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentEvidence;
import dev.unspin.engine.EvidenceDetector;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleSelection;
import dev.unspin.engine.Severity;
import dev.unspin.engine.SpinScorer;
import dev.unspin.engine.Verdict;
import dev.unspin.lexicon.Lexicon;
import dev.unspin.text.CaseStyle;
import dev.unspin.text.ProseRegister;
import dev.unspin.text.Sentence;
import dev.unspin.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spins no list names, found in context. Candidates for what a word (or two) replaced come from
 * the spinners' known swaps ({@link SwapVocabulary}) and, for single words, from WordNet's
 * synonyms ({@link SynonymTable}); the trigram model scores the sentence with the words as written
 * and with each candidate, and a candidate that makes it clearly more likely, by the margin of its
 * source ({@link ModelSettings}), is a finding. Words the model cannot judge are left alone:
 * capitalised words inside a sentence (names), words in quotations, words the model does not
 * know, words next to numbers or unknown words, single function words ({@link Lexicon#isFunctionWord}),
 * synonyms that are only another spelling ({@link SpellingVariants}), and words another detector
 * already reported (the pipeline's {@link DocumentEvidence}).
 */
public final class ModelDetector implements EvidenceDetector {
    public static final String RULE = "model/swap-in-context";
    /** A sentence the detector must flag (a known swap in a context no entry names), for its tests and {@code rules explain}. */
    public static final String FLAG_EXAMPLE = "Officials mentioned the guns program had been expanded over the final week.";
    /** A sentence it must leave alone: words spinners swap, used correctly. */
    public static final String PASS_EXAMPLE = "She counted the change on her fingers while the rain fell.";

    /** How close (log10 units of excess) another original must come to the best to be offered too. */
    public static final double ALTERNATIVE_BAND = 1.0;
    /** At most this many alternatives follow the best original. */
    public static final int MAX_ALTERNATIVES = 2;
    /**
     * The confidence of a weak signal shown as {@code info} in a document judged suspect on other
     * evidence: check's default min-confidence, below fix's.
     */
    public static final double INFO_CONFIDENCE = 0.5;
    /** How far below its margin (log10 units) a weak signal may be to be shown as {@code info}. */
    public static final double INFO_BAND = 1.5;

    private final TrigramModel model;
    private final SwapVocabulary swaps;
    private final SynonymTable synonyms;
    private final ContextWindow window;
    private final ModelSettings settings;
    private final Lexicon lexicon = Lexicon.english();

    public ModelDetector(TrigramModel model, SwapVocabulary swaps, SynonymTable synonyms, ModelSettings settings) {
        this.model = model;
        this.swaps = swaps;
        this.synonyms = synonyms;
        this.window = new ContextWindow(model);
        this.settings = settings;
    }

    /**
     * The findings on a document judged alone: no other detector's evidence, the rule enabled (its
     * examples and tests; a check runs the detector through the pipeline).
     */
    public List<Finding> detectAlone(Document document, CheckSettings checkSettings) {
        return detect(document, checkSettings, RuleSelection.ALL, DocumentEvidence.none(document, new SpinScorer()));
    }

    /**
     * Strong signals are findings. Weak ones are too, but only where the document as a whole is
     * evidently spun: the signals are on so many different words, so densely, that they say so on
     * their own ({@link ModelSettings#pooled}); or the other detectors and the strong signals already make
     * it at least suspect and the weak known swaps make it spun (then only those: a synonym is too
     * weak a candidate to report on another detector's evidence). Many weak signals are strong
     * evidence about a document, never about a single phrase in a document that is otherwise clean.
     */
    @Override
    public List<Finding> detect(Document document, CheckSettings checkSettings, RuleSelection rules, DocumentEvidence evidence) {
        if (!rules.enabled(RULE, Category.SPINNER_SYNONYM)) {
            return List.of();
        }
        List<Finding> earlier = evidence.findings();
        List<Finding> strong = new ArrayList<>();
        List<Finding> weak = new ArrayList<>();
        List<Finding> weakSwaps = new ArrayList<>();
        List<Finding> nearlyStrong = new ArrayList<>();
        boolean[] quoted = QuotedTokens.of(document.tokens(), document.normalized().text());
        for (Sentence sentence : document.sentences()) {
            SentenceWords words = SentenceWords.of(document.tokens(), sentence, quoted, model);
            for (int p = 1; p < words.ids().length - 1; p++) {
                Candidate best = bestCandidate(words, p);
                if (best == null || foundBefore(document, words, p, best, earlier)) {
                    continue;
                }
                Calibration calibration = best.calibration();
                if (calibration.strong(best.excess())) {
                    strong.add(toFinding(document, words, p, best, calibration.confidence(best.excess())));
                } else {
                    Finding finding = toFinding(document, words, p, best, calibration.pooledConfidence());
                    weak.add(finding);
                    if (best.excess() >= -INFO_BAND) {
                        nearlyStrong.add(finding);
                    }
                    if (calibration == settings.swaps()) {
                        weakSwaps.add(finding);
                    }
                }
                p += best.spunLength() - 1;
            }
        }
        List<Finding> reported = new ArrayList<>(strong);
        if (settings.pooled(distinctWords(document, strong, weak), document.wordCount(), ProseRegister.of(document.tokens()))) {
            reported.addAll(weak);
            return reported;
        }
        if (!weakSwaps.isEmpty() && spunWithWeakSwaps(evidence, strong, weakSwaps)) {
            reported.addAll(weakSwaps);
        }
        if (atLeastSuspect(evidence, reported)) {
            nearlyStrong.stream().filter(f -> !reported.contains(f)).map(ModelDetector::asInfo).forEach(reported::add);
        }
        return reported;
    }

    /** Whether the other detectors' findings and these make the document suspect or spun. */
    private static boolean atLeastSuspect(DocumentEvidence evidence, List<Finding> reported) {
        List<Finding> known = new ArrayList<>(evidence.findings());
        known.addAll(reported);
        return evidence.verdictWith(known) != Verdict.CLEAN;
    }

    /**
     * A weak signal shown for what it is: context in a document judged suspect on other evidence,
     * an {@code info} finding at {@link #INFO_CONFIDENCE}, below {@code fix}'s threshold.
     */
    private static Finding asInfo(Finding weak) {
        return new Finding(weak.rule(), weak.category(), Severity.INFO, INFO_CONFIDENCE, weak.start(), weak.end(),
                weak.suggestions(), weak.message() + " A weak signal, shown because the document is suspect on other evidence.",
                weak.detector());
    }

    /** How many different words the signals are on: one rare word used ten times is one piece of evidence. */
    private static int distinctWords(Document document, List<Finding> strong, List<Finding> weak) {
        Set<String> words = new HashSet<>();
        for (List<Finding> findings : List.of(strong, weak)) {
            for (Finding f : findings) {
                words.add(document.original().substring(f.start(), f.end()).toLowerCase(Locale.ROOT));
            }
        }
        return words.size();
    }

    /** Whether the document is at least suspect on the evidence and the strong signals, and spun once the weak known swaps join them. */
    private static boolean spunWithWeakSwaps(DocumentEvidence evidence, List<Finding> strong, List<Finding> weak) {
        List<Finding> known = new ArrayList<>(evidence.findings());
        known.addAll(strong);
        if (evidence.verdictWith(known) == Verdict.CLEAN) {
            return false;
        }
        known.addAll(weak);
        return evidence.verdictWith(known) == Verdict.SPUN;
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

    /**
     * The likeliest original of the words at p, if it is at least a weak signal: two-word swaps
     * first, then one-word swaps and synonyms, the candidate furthest above its own margin winning;
     * the others nearly as good ride along as alternatives.
     */
    private Candidate bestCandidate(SentenceWords words, int p) {
        if (words.unknownButJudgeable(p)) {
            List<Candidate> found = new ArrayList<>();
            String spun = words.lowerText(p, 1);
            for (String synonym : synonyms.candidates(spun)) {
                if (!SpellingVariants.of(spun, synonym)) {
                    score(found, words, p, 1, ids(new String[]{synonym}), 1, settings.unknownWords());
                }
            }
            return ranked(found);
        }
        for (int length = SwapVocabulary.MAX_WORDS; length >= 1; length--) {
            if (!words.judgeable(p, length)) {
                continue;
            }
            String spun = words.lowerText(p, length);
            List<SwapVocabulary.Swap> known = swaps.backFrom(spun);
            // the synonym table has no function words; only a known swap needs the (slower) look-up
            if (length == 1 && !known.isEmpty() && lexicon.isFunctionWord(spun)) {
                continue;
            }
            List<Candidate> found = new ArrayList<>();
            for (SwapVocabulary.Swap swap : known) {
                score(found, words, p, length, ids(swap.original()), swap.support(), settings.swaps());
            }
            if (length == 1) {
                for (int synonym : synonyms.candidates(words.ids()[p])) {
                    if (!SpellingVariants.of(spun, model.word(synonym))) {
                        score(found, words, p, 1, new int[]{synonym}, 1, settings.thesaurus());
                    }
                }
            }
            if (!found.isEmpty()) {
                return ranked(found);
            }
        }
        return null;
    }

    /** Adds the candidate to {@code found} if it is at least a weak signal by its source's calibration. */
    private void score(List<Candidate> found, SentenceWords words, int p, int length, int[] replacement, int support,
                       Calibration calibration) {
        if (replacement == null) {
            return;
        }
        double gain = window.gain(words.ids(), p, p + length, replacement);
        double commonness = unigrams(replacement) - unigrams(Arrays.copyOfRange(words.ids(), p, p + length));
        double excess = calibration.excess(gain, commonness, support);
        if (calibration.strong(excess) || calibration.weak(excess)) {
            found.add(new Candidate(length, replacement, gain, excess, calibration, List.of()));
        }
    }

    /**
     * The candidate furthest above its margin, with the other originals within {@link #ALTERNATIVE_BAND} of
     * it as alternatives (at most {@link #MAX_ALTERNATIVES}), best first; null if none.
     */
    private static Candidate ranked(List<Candidate> found) {
        if (found.isEmpty()) {
            return null;
        }
        found.sort(Comparator.comparingDouble(Candidate::excess).reversed());
        Candidate best = found.get(0);
        List<int[]> alternatives = new ArrayList<>();
        for (Candidate other : found.subList(1, found.size())) {
            if (alternatives.size() < MAX_ALTERNATIVES && other.excess() >= best.excess() - ALTERNATIVE_BAND
                    && !Arrays.equals(other.original(), best.original())
                    && alternatives.stream().noneMatch(a -> Arrays.equals(a, other.original()))) {
                alternatives.add(other.original());
            }
        }
        return new Candidate(best.spunLength(), best.original(), best.gain(), best.excess(), best.calibration(), alternatives);
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
        List<String> suggestions = new ArrayList<>();
        suggestions.add(CaseStyle.of(text).apply(words(candidate.original())));
        for (int[] alternative : candidate.alternatives()) {
            suggestions.add(CaseStyle.of(text).apply(words(alternative)));
        }
        String suggestion = suggestions.get(0);
        String message = candidate.calibration() == settings.unknownWords()
                ? String.format(Locale.ROOT, "\u201C%s\u201D is a rare word in this context, as a thesaurus spinner puts in;"
                        + " its synonym \u201C%s\u201D fits here.", text, suggestion)
                : String.format(Locale.ROOT, "\u201C%s\u201D reads like a spinner's swap; in this context the language model"
                        + " finds \u201C%s\u201D %,.0f times more likely.", text, suggestion, Math.pow(10, candidate.gain()));
        return new Finding(RULE, Category.SPINNER_SYNONYM, Severity.forConfidence(confidence), confidence, start, end,
                suggestions, message, DetectorKind.MODEL);
    }

    private String words(int[] ids) {
        StringBuilder text = new StringBuilder();
        for (int id : ids) {
            text.append(text.length() == 0 ? "" : " ").append(model.word(id));
        }
        return text.toString();
    }

    /** A candidate original of the spun words and how far above its margin it is; {@code alternatives}: the others nearly as good. */
    private record Candidate(int spunLength, int[] original, double gain, double excess, Calibration calibration,
                             List<int[]> alternatives) {
    }
}
