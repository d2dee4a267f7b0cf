package dev.unspin.originals;

import dev.unspin.engine.Category;
import dev.unspin.engine.CopyJudgement;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.OriginalSpan;
import dev.unspin.engine.Severity;
import dev.unspin.text.Token;
import dev.unspin.text.TokenKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A document compared with the known originals: find the originals its passages resemble
 * ({@link OriginalsIndex#candidates}), align its sentences with theirs ({@link SentenceAligner}),
 * then the words of each aligned pair ({@link TokenDiff}). Every change in an aligned sentence is a
 * {@code spun-copy} finding whose suggestion is the original's wording; the shares of words aligned,
 * changed within aligned sentences, and changed by whole sentences give the copy verdict ({@link CopyVerdicts}). A document not judged a
 * copy gets no findings from here. Thread-safe.
 */
public final class CopyComparison {
    public static final String RULE = "spun-copy";
    /** Originals aligned with a document, at most. */
    static final int CANDIDATES = 3;
    /** Confidence of a one-word swap in a sentence aligned with similarity 1; see {@link #confidence}. */
    static final double TOP_CONFIDENCE = 0.95;
    /** Changes longer than this (words, on the longer side) are rewrites rather than swaps: less confident. */
    static final int LONG_CHANGE = 6;

    private final OriginalsIndex index;
    private final RetrievalKeys.Mode mode;

    public CopyComparison(OriginalsIndex index) {
        this(index, RetrievalKeys.Mode.BOTH);
    }

    public CopyComparison(OriginalsIndex index, RetrievalKeys.Mode mode) {
        this.index = index;
        this.mode = mode;
    }

    /**
     * What the comparison found: the judgement, the findings (offsets into the document's text), and
     * the character ranges of the document's sentences aligned with an original ({@code [start, end]} pairs).
     */
    public record Result(CopyJudgement judgement, List<Finding> findings, List<int[]> aligned) {
        /** Whether a finding lies within a sentence aligned with an original (where the original is the authority). */
        public boolean covers(Finding f) {
            for (int[] range : aligned) {
                if (f.start() < range[1] && range[0] < f.end()) {
                    return true;
                }
            }
            return false;
        }
    }

    public Result compare(Document copy) {
        List<OriginalsIndex.Candidate> candidates = index.candidates(copy, mode, CANDIDATES);
        if (candidates.isEmpty()) {
            return new Result(CopyJudgement.INDEPENDENT, List.of(), List.of());
        }
        List<OriginalsIndex.Original> originals = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (OriginalsIndex.Candidate c : candidates) {
            OriginalsIndex.Original o = index.original(c.number());
            originals.add(o);
            documents.add(new Document(o.id(), o.text()));
        }
        List<SentenceAligner.Pair> pairs = SentenceAligner.align(copy, documents);
        int copyWords = Math.max(1, countableWords(copy));
        int[] alignedWords = new int[originals.size()];
        int changedWords = 0;
        List<Finding> findings = new ArrayList<>();
        List<int[]> aligned = new ArrayList<>();
        for (SentenceAligner.Pair pair : pairs) {
            Document original = documents.get(pair.original());
            List<Token> copyTokens = copy.tokens().subList(pair.copy().firstToken(), pair.copy().endToken());
            List<Token> originalTokens = original.tokens().subList(pair.sentence().firstToken(), pair.sentence().endToken());
            int aligned1 = words(copyTokens, 0, copyTokens.size());
            alignedWords[pair.original()] += aligned1 >= SentenceAligner.MIN_WORDS ? aligned1 : 0;
            aligned.add(new int[] {copy.originalStart(copyTokens.get(0)), copy.originalEnd(copyTokens.get(copyTokens.size() - 1))});
            List<TokenDiff.Change> spans = new ArrayList<>();
            for (TokenDiff.Change change : TokenDiff.changes(lower(copyTokens), lower(originalTokens))) {
                int copyChanged = words(copyTokens, change.copyFrom(), change.copyTo());
                int originalChanged = words(originalTokens, change.originalFrom(), change.originalTo());
                if (copyChanged == 0 && originalChanged == 0) {
                    continue; // punctuation only
                }
                changedWords += Math.max(copyChanged, originalChanged);
                addMerged(spans, widened(change, copyTokens, originalTokens.size()));
            }
            for (TokenDiff.Change span : spans) {
                Finding f = finding(copy, copyTokens, original, originalTokens, originals.get(pair.original()).id(), span, pair.similarity());
                if (f != null) {
                    findings.add(f);
                }
            }
        }
        int main = 0;
        for (int o = 1; o < alignedWords.length; o++) {
            if (alignedWords[o] > alignedWords[main]) {
                main = o;
            }
        }
        int allAligned = java.util.Arrays.stream(alignedWords).sum();
        double coverage = (double) alignedWords[main] / copyWords;
        int droppedWords = droppedWords(documents.get(main), main, pairs);
        double wordChanges = (double) changedWords / copyWords;
        double sentenceChanges = (double) (copyWords - Math.min(copyWords, allAligned) + droppedWords) / copyWords;
        CopyJudgement judgement = CopyVerdicts.judge(originals.get(main).id(), originals.get(main).text(), (double) allAligned / copyWords,
                coverage, wordChanges, sentenceChanges);
        if (!judgement.verdict().isCopy()) {
            return new Result(judgement, List.of(), List.of());
        }
        return new Result(judgement, findings, aligned);
    }

    /**
     * Adds a change to a sentence's changes in order; one that overlaps the last (two insertions widened onto the
     * same word: "make use of" for "use") is merged with it, so that one finding restores both.
     */
    private static void addMerged(List<TokenDiff.Change> spans, TokenDiff.Change c) {
        if (!spans.isEmpty()) {
            TokenDiff.Change last = spans.get(spans.size() - 1);
            if (c.copyFrom() < last.copyTo() || c.originalFrom() < last.originalTo()) {
                spans.set(spans.size() - 1, new TokenDiff.Change(Math.min(last.copyFrom(), c.copyFrom()), Math.max(last.copyTo(), c.copyTo()),
                        Math.min(last.originalFrom(), c.originalFrom()), Math.max(last.originalTo(), c.originalTo())));
                return;
            }
        }
        spans.add(c);
    }

    /**
     * An insertion or a deletion has nothing to replace or nothing to replace with: it takes in the
     * next token on both sides (the previous one when the next is punctuation or there is none), so that the finding
     * covers words and its suggestion restores the original ("actually gone" → "gone").
     */
    private static TokenDiff.Change widened(TokenDiff.Change c, List<Token> copyTokens, int originalSize) {
        if (!c.insertion() && !c.deletion()) {
            return c;
        }
        boolean next = c.copyTo() < copyTokens.size() && c.originalTo() < originalSize;
        boolean previous = c.copyFrom() > 0 && c.originalFrom() > 0;
        if (next && (copyTokens.get(c.copyTo()).kind() != TokenKind.PUNCT || !previous)) {
            return new TokenDiff.Change(c.copyFrom(), c.copyTo() + 1, c.originalFrom(), c.originalTo() + 1);
        }
        if (previous) {
            return new TokenDiff.Change(c.copyFrom() - 1, c.copyTo(), c.originalFrom() - 1, c.originalTo());
        }
        return c;
    }

    private static Finding finding(Document copy, List<Token> copyTokens, Document original, List<Token> originalTokens,
                                   String originalId, TokenDiff.Change c, double similarity) {
        if (c.copyFrom() == c.copyTo() || c.originalFrom() == c.originalTo()) {
            return null; // a whole sentence's worth of nothing on one side: nothing to point at or restore
        }
        String copyText = copy.original();
        String originalText = original.original();
        int start = copy.originalStart(copyTokens.get(c.copyFrom()));
        int end = copy.originalEnd(copyTokens.get(c.copyTo() - 1));
        int originalStart = original.originalStart(originalTokens.get(c.originalFrom()));
        int originalEnd = original.originalEnd(originalTokens.get(c.originalTo() - 1));
        // Spaces the two sides do not share go into the span that has them, so that the fix neither leaves a space
        // before punctuation ("grey value, their" → "grey, their") nor glues words ("\"one" → "\"the one").
        if (spaceBefore(copyText, start) != spaceBefore(originalText, originalStart)) {
            if (spaceBefore(copyText, start)) {
                start = skipSpacesBack(copyText, start);
            } else {
                originalStart = skipSpacesBack(originalText, originalStart);
            }
        }
        if (spaceAfter(copyText, end) != spaceAfter(originalText, originalEnd)) {
            if (spaceAfter(copyText, end)) {
                end = skipSpacesForward(copyText, end);
            } else {
                originalEnd = skipSpacesForward(originalText, originalEnd);
            }
        }
        String wording = originalText.substring(originalStart, originalEnd);
        String text = copyText.substring(start, end);
        int longer = Math.max(c.copyTo() - c.copyFrom(), c.originalTo() - c.originalFrom());
        double confidence = confidence(similarity, longer);
        String message = "\u201C" + text + "\u201D differs from the original " + originalId + ", which reads \u201C" + wording + "\u201D.";
        return new Finding(RULE, Category.SPUN_COPY, Severity.WARNING, confidence, start, end, List.of(wording), message,
                DetectorKind.ORIGINALS, new OriginalSpan(originalId, originalStart, originalEnd));
    }

    /** Spaces or tabs before {@code at}, with something other than a line break before them. */
    private static boolean spaceBefore(String text, int at) {
        int from = skipSpacesBack(text, at);
        return from < at && from > 0 && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '\r';
    }

    /** Spaces or tabs from {@code at}, with something other than a line break after them. */
    private static boolean spaceAfter(String text, int at) {
        int to = skipSpacesForward(text, at);
        return to > at && to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r';
    }

    private static int skipSpacesBack(String text, int at) {
        while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t')) {
            at--;
        }
        return at;
    }

    private static int skipSpacesForward(String text, int at) {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /**
     * How sure a change is a swap of the original's words: {@link #TOP_CONFIDENCE} × (0.6 + 0.4 × the aligned
     * sentences' similarity), and a change longer than {@link #LONG_CHANGE} tokens loses a tenth (a rewrite more than a
     * swap). A sentence aligned on its own (similarity 0.5 or more) keeps every change at fix's 0.6 or above; one
     * aligned only by its neighbours (down to 0.2) keeps only short ones. Set with eval-originals on the thesaurus
     * spinner at rate 0.5 (fix gave back 61.5% of copies whole with 0.5 + 0.5 × similarity and a fifth off, 88.0% now).
     */
    static double confidence(double similarity, int tokens) {
        double c = TOP_CONFIDENCE * (0.6 + 0.4 * similarity);
        return Math.round(100 * (tokens > LONG_CHANGE ? c * 0.9 : c)) / 100.0;
    }

    /**
     * The words of the original's sentences the copy left out between the first and the last it kept (a
     * copy of a stretch of an original leaves out what is before and after it; an edit cuts inside).
     */
    private static int droppedWords(Document original, int number, List<SentenceAligner.Pair> pairs) {
        boolean[] kept = new boolean[original.sentences().size()];
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (SentenceAligner.Pair p : pairs) {
            if (p.original() == number) {
                kept[p.sentence().index()] = true;
                first = Math.min(first, p.sentence().index());
                last = Math.max(last, p.sentence().index());
            }
        }
        int dropped = 0;
        for (int i = first; i <= last; i++) {
            if (!kept[i]) {
                dev.unspin.text.Sentence s = original.sentences().get(i);
                int w = words(original.tokens(), s.firstToken(), s.endToken());
                dropped += w >= SentenceAligner.MIN_WORDS ? w : 0;
            }
        }
        return dropped;
    }

    /**
     * The words of a document's sentences of {@link SentenceAligner#MIN_WORDS} words or more: the words
     * the shares are of (a short sentence, "Yes.", may align with any other and says nothing of copying).
     */
    private static int countableWords(Document d) {
        int count = 0;
        for (dev.unspin.text.Sentence s : d.sentences()) {
            int w = words(d.tokens(), s.firstToken(), s.endToken());
            count += w >= SentenceAligner.MIN_WORDS ? w : 0;
        }
        return count;
    }

    private static List<String> lower(List<Token> tokens) {
        return tokens.stream().map(Token::lower).toList();
    }

    private static int words(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() != TokenKind.PUNCT) {
                words++;
            }
        }
        return words;
    }
}
