package dev.unspin.model;

import dev.unspin.engine.Document;
import dev.unspin.lexicon.Lexicon;
import dev.unspin.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Weak document-level signals for the held-out study (developer tool, not the product): per
 * document, how often a more frequent synonym fits the trigram context much better (from WordNet,
 * the model detector's table, and from a second thesaurus given as a function), how many lower-case
 * words the model does not know, and how unlikely the text is per word. Thread-safe.
 */
public final class DocumentSignals {
    /** A synonym "fits much better" when the sentence is this many log10 units likelier with it. */
    public static final double GAIN = 3.0;
    /** The second thesaurus's candidates per form, most common first, as many as the WordNet table keeps. */
    static final int MAX_CANDIDATES = 24;
    public static final List<String> NAMES = List.of("wordnet-gain", "thesaurus2-gain", "unknown-words", "neg-logprob");

    private final TrigramModel model;
    private final SynonymTable wordNet;
    private final Function<String, Set<String>> secondThesaurus;
    private final ContextWindow window;
    private final Lexicon lexicon = Lexicon.english();
    private final Map<String, int[]> secondCandidates = new ConcurrentHashMap<>();

    /** {@code secondThesaurus}: a lemma's synonyms (lower case, one word) in another thesaurus. */
    public DocumentSignals(TrigramModel model, SynonymTable wordNet, Function<String, Set<String>> secondThesaurus) {
        this.model = model;
        this.wordNet = wordNet;
        this.secondThesaurus = secondThesaurus;
        this.window = new ContextWindow(model);
    }

    /** The signals of {@link #NAMES}, in that order: counts per 100 judged words, and minus the mean log10 probability per word. */
    public double[] of(String text) {
        Document document = new Document("signals", text);
        boolean[] quoted = QuotedTokens.of(document.tokens(), document.normalized().text());
        int judged = 0;
        int wordNetHits = 0;
        int secondHits = 0;
        int unknown = 0;
        int words = 0;
        double logProb = 0;
        for (Sentence sentence : document.sentences()) {
            SentenceWords sw = SentenceWords.of(document.tokens(), sentence, quoted, model);
            int[] ids = sw.ids();
            for (int p = 1; p < ids.length - 1; p++) {
                words++;
                logProb += model.logProb(p >= 2 ? ids[p - 2] : ids[0], ids[p - 1], ids[p]);
                if (sw.unknownButJudgeable(p)) {
                    unknown++;
                }
                if (!sw.judgeable(p, 1) || lexicon.isFunctionWord(sw.lowerText(p, 1))) {
                    continue;
                }
                judged++;
                if (fitsBetter(ids, p, wordNet.candidates(ids[p]))) {
                    wordNetHits++;
                }
                if (fitsBetter(ids, p, secondCandidates.computeIfAbsent(sw.lowerText(p, 1), this::secondThesaurusIds))) {
                    secondHits++;
                }
            }
        }
        double per100 = judged == 0 ? 0 : 100.0 / judged;
        return new double[]{wordNetHits * per100, secondHits * per100, words == 0 ? 0 : 100.0 * unknown / words,
                words == 0 ? 0 : -logProb / words};
    }

    /** Whether a candidate more frequent than the word at p makes the sentence {@link #GAIN} log10 units likelier. */
    private boolean fitsBetter(int[] ids, int p, int[] candidates) {
        return bestGain(ids, p, candidates) >= GAIN;
    }

    /** The largest gain of a candidate more frequent than the word at p (negative infinity when there is none). */
    private double bestGain(int[] ids, int p, int[] candidates) {
        return best(ids, p, candidates)[0];
    }

    /** {gain, unigram log10 probability} of the candidate more frequent than the word at p with the largest gain; negative infinities when none. */
    private double[] best(int[] ids, int p, int[] candidates) {
        float own = model.unigramLogProb(ids[p]);
        double[] best = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int c : candidates) {
            if (c != ids[p] && model.unigramLogProb(c) > own) {
                double gain = window.gain(ids, p, p + 1, new int[]{c});
                if (gain > best[0]) {
                    best[0] = gain;
                    best[1] = model.unigramLogProb(c);
                }
            }
        }
        return best;
    }

    /**
     * A judged word at [start, end) of the text: the best gains of the two thesauruses' candidates
     * there and those candidates' unigram log10 probabilities, the word's own, and whether it starts
     * its sentence.
     */
    public record WordGain(int start, int end, double wordNet, double second, double wordNetCandidateLogProb,
                           double secondCandidateLogProb, double wordLogProb, boolean sentenceStart) {
    }

    /** Every judged content word of the text with its best WordNet and second-thesaurus gains. */
    public List<WordGain> wordGains(String text) {
        Document document = new Document("signals", text);
        boolean[] quoted = QuotedTokens.of(document.tokens(), document.normalized().text());
        List<WordGain> gains = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            SentenceWords sw = SentenceWords.of(document.tokens(), sentence, quoted, model);
            int[] ids = sw.ids();
            for (int p = 1; p < ids.length - 1; p++) {
                if (sw.judgeable(p, 1) && !lexicon.isFunctionWord(sw.lowerText(p, 1))) {
                    double[] first = best(ids, p, wordNet.candidates(ids[p]));
                    double[] second = best(ids, p, secondCandidates.computeIfAbsent(sw.lowerText(p, 1), this::secondThesaurusIds));
                    gains.add(new WordGain(document.originalStart(sw.token(p)), document.originalEnd(sw.token(p)),
                            first[0], second[0], first[1], second[1], model.unigramLogProb(ids[p]), p == 1));
                }
            }
        }
        return gains;
    }

    /** The second thesaurus's synonyms of the form's lemmas, inflected like the form, as model ids. */
    private int[] secondThesaurusIds(String form) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (Lexicon.Analysis reading : lexicon.analyse(form)) {
            for (String synonym : secondThesaurus.apply(reading.lemma())) {
                Set<String> inflected = synonym.equals(reading.lemma()) ? Set.of() : lexicon.forms(synonym, reading.tag());
                for (String f : inflected.isEmpty() ? Set.of(synonym) : inflected) {
                    int id = model.id(f);
                    if (id != TrigramModel.UNKNOWN && !f.equals(form)) {
                        ids.add(id);
                    }
                }
            }
        }
        List<Integer> list = new ArrayList<>(ids);
        list.sort((a, b) -> Float.compare(model.unigramLogProb(b), model.unigramLogProb(a)));
        return list.stream().limit(MAX_CANDIDATES).mapToInt(Integer::intValue).toArray();
    }
}
