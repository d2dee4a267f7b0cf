package dev.unspin.engine;

import dev.unspin.text.LineIndex;
import dev.unspin.text.NormalizedText;
import dev.unspin.text.PosTagger;
import dev.unspin.text.ProseMask;
import dev.unspin.text.Sentence;
import dev.unspin.text.SentenceSplitter;
import dev.unspin.text.TextNormalizer;
import dev.unspin.text.Token;
import dev.unspin.text.TokenKind;
import dev.unspin.text.Tokenizer;

import java.util.List;

/**
 * A text to check: its original form, the normalised view detectors match on, and analyses
 * computed on first use (tokens, sentences, part-of-speech tags per sentence, line index, word count).
 * Not thread-safe: one document is checked by one thread.
 */
public final class Document {
    private final String path;
    private final String original;
    private final ProseMask mask;
    private NormalizedText normalized;
    private List<Token> tokens;
    private List<Sentence> sentences;
    private String[][] posTags;
    private LineIndex lineIndex;
    private int wordCount = -1;

    public Document(String path, String original) {
        this(path, original, ProseMask.NONE);
    }

    /**
     * A document of which only the prose is checked: the characters {@code mask} marks as not
     * prose (code, URLs, tags, markup) are blanked in the matching view, offsets unchanged.
     */
    public Document(String path, String original, ProseMask mask) {
        this.path = path;
        this.original = original;
        this.mask = mask;
    }

    /**
     * A long document checked window by window ({@link dev.unspin.text.TextWindows}): its word count is
     * the windows' total, and its matching view is only built if a report asks for it.
     */
    public static Document checkedInWindows(String path, String original, ProseMask mask, int wordCount) {
        Document document = new Document(path, original, mask);
        document.wordCount = wordCount;
        return document;
    }

    public String path() {
        return path;
    }

    public String original() {
        return original;
    }

    public NormalizedText normalized() {
        if (normalized == null) {
            normalized = TextNormalizer.normalize(original, mask);
        }
        return normalized;
    }

    public List<Token> tokens() {
        if (tokens == null) {
            tokens = Tokenizer.tokenize(normalized().text());
        }
        return tokens;
    }

    public List<Sentence> sentences() {
        if (sentences == null) {
            sentences = SentenceSplitter.split(normalized().text(), tokens());
        }
        return sentences;
    }

    /** Penn Treebank tag of a token, tagging its sentence on first request. */
    public String posTag(int tokenIndex) {
        Sentence sentence = sentenceOf(tokenIndex);
        if (posTags == null) {
            posTags = new String[sentences().size()][];
        }
        if (posTags[sentence.index()] == null) {
            posTags[sentence.index()] = PosTagger.tag(tokens().subList(sentence.firstToken(), sentence.endToken()));
        }
        return posTags[sentence.index()][tokenIndex - sentence.firstToken()];
    }

    public Sentence sentenceOf(int tokenIndex) {
        List<Sentence> all = sentences();
        int lo = 0;
        int hi = all.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (all.get(mid).firstToken() <= tokenIndex) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return all.get(lo);
    }

    public int wordCount() {
        if (wordCount < 0) {
            int words = 0;
            for (Token t : tokens()) {
                if (t.kind() != TokenKind.PUNCT) {
                    words++;
                }
            }
            wordCount = words;
        }
        return wordCount;
    }

    public LineIndex lineIndex() {
        if (lineIndex == null) {
            lineIndex = new LineIndex(original);
        }
        return lineIndex;
    }

    /** Original offset where the token begins. */
    public int originalStart(Token token) {
        return normalized().originalStart(token.start());
    }

    /** Original offset just past the token. */
    public int originalEnd(Token token) {
        return normalized().originalEnd(token.end());
    }
}
