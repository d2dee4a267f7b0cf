package dev.unspin.eval;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Accumulates precision, recall and fix accuracy over labelled documents.
 * A finding is correct when it overlaps a marked phrase; a phrase is found when a finding
 * overlaps it, and fixed when applying the first suggestions of the findings that overlap it
 * turns it into one of its originals (ignoring case and spacing).
 */
public final class Evaluation {
    private int findings;
    private int correctFindings;
    private int goldPhrases;
    private int foundPhrases;
    private int fixedPhrases;
    private int spunDocuments;
    private int spunDocumentsCaught;
    private int cleanDocuments;
    private int cleanDocumentsJudgedClean;
    private long cleanWords;
    private int cleanFindings;
    private final List<String> falseAlarms = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();

    public void add(DocumentResult result, List<LabelledText.GoldSpan> gold) {
        String text = result.document().original();
        for (Finding f : result.findings()) {
            findings++;
            if (gold.stream().anyMatch(g -> f.start() < g.end() && g.start() < f.end())) {
                correctFindings++;
            } else {
                falseAlarms.add(result.document().path() + ": \u201C" + text.substring(f.start(), f.end()) + "\u201D \u2192 "
                        + f.suggestions() + " (" + f.rule() + ")");
            }
        }
        for (LabelledText.GoldSpan g : gold) {
            goldPhrases++;
            if (result.findings().stream().anyMatch(f -> overlaps(f, g))) {
                foundPhrases++;
                if (fixes(text, g, gold, result.findings())) {
                    fixedPhrases++;
                }
            } else {
                misses.add(result.document().path() + ": \u201C" + text.substring(g.start(), g.end()) + "\u201D (" + String.join("/", g.originals()) + ")");
            }
        }
        if (gold.isEmpty()) {
            cleanDocuments++;
            cleanWords += result.words();
            cleanFindings += result.findings().size();
            if (result.verdict() == Verdict.CLEAN) {
                cleanDocumentsJudgedClean++;
            }
        } else {
            spunDocuments++;
            if (result.verdict() != Verdict.CLEAN) {
                spunDocumentsCaught++;
            }
        }
    }

    private static boolean overlaps(Finding f, LabelledText.GoldSpan g) {
        return f.start() < g.end() && g.start() < f.end();
    }

    /**
     * Whether the findings restore this phrase. The region compared is the phrase widened to every
     * finding over it and every marked phrase those findings touch (one finding may fix two
     * neighbouring marked words: "final yr" -> "last year"); the first suggestions applied to the
     * region must equal the region with each marked phrase replaced by one of its originals.
     */
    private static boolean fixes(String text, LabelledText.GoldSpan g, List<LabelledText.GoldSpan> gold, List<Finding> findings) {
        int lo = g.start();
        int hi = g.end();
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Finding f : findings) {
                if (f.start() < hi && lo < f.end() && (f.start() < lo || f.end() > hi)) {
                    lo = Math.min(lo, f.start());
                    hi = Math.max(hi, f.end());
                    grown = true;
                }
            }
            for (LabelledText.GoldSpan other : gold) {
                if (other.start() < hi && lo < other.end() && (other.start() < lo || other.end() > hi)) {
                    lo = Math.min(lo, other.start());
                    hi = Math.max(hi, other.end());
                    grown = true;
                }
            }
        }
        int from = lo;
        int to = hi;
        List<Finding> inside = findings.stream().filter(f -> f.start() >= from && f.end() <= to && !f.suggestions().isEmpty())
                .sorted(Comparator.comparingInt(Finding::start)).toList();
        StringBuilder fixed = new StringBuilder();
        int pos = lo;
        for (Finding f : inside) {
            if (f.start() < pos) {
                continue;
            }
            fixed.append(text, pos, f.start()).append(f.suggestions().get(0));
            pos = f.end();
        }
        fixed.append(text, pos, hi);
        List<LabelledText.GoldSpan> marked = gold.stream().filter(o -> o.start() >= from && o.end() <= to)
                .sorted(Comparator.comparingInt(LabelledText.GoldSpan::start)).toList();
        String got = squash(fixed.toString());
        return expectedVersions(text, lo, hi, marked, 0).stream().anyMatch(expected -> squash(expected).equals(got));
    }

    /** The region with each marked phrase replaced by each of its originals, every combination. */
    private static List<String> expectedVersions(String text, int pos, int hi, List<LabelledText.GoldSpan> marked, int k) {
        if (k == marked.size()) {
            return List.of(text.substring(pos, hi));
        }
        LabelledText.GoldSpan g = marked.get(k);
        List<String> versions = new ArrayList<>();
        for (String rest : expectedVersions(text, g.end(), hi, marked, k + 1)) {
            for (String original : g.originals()) {
                versions.add(text.substring(pos, g.start()) + original + rest);
            }
        }
        return versions;
    }

    private static String squash(String s) {
        return s.replace('\u2019', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    public double precision() {
        return findings == 0 ? 1.0 : (double) correctFindings / findings;
    }

    public double recall() {
        return goldPhrases == 0 ? 0 : (double) foundPhrases / goldPhrases;
    }

    public double fixAccuracy() {
        return goldPhrases == 0 ? 0 : (double) fixedPhrases / goldPhrases;
    }

    public double cleanFindingsPer10kWords() {
        return cleanWords == 0 ? 0 : 10_000.0 * cleanFindings / cleanWords;
    }

    /** Share of spun documents judged suspect or spun. */
    public double spunDocumentsCaught() {
        return spunDocuments == 0 ? 1.0 : (double) spunDocumentsCaught / spunDocuments;
    }

    /** Share of clean documents judged clean. */
    public double cleanDocumentsJudgedClean() {
        return cleanDocuments == 0 ? 1.0 : (double) cleanDocumentsJudgedClean / cleanDocuments;
    }

    public String summary() {
        return String.format(Locale.ROOT, """
                precision     %.3f  (%d of %d findings on marked phrases)
                recall        %.3f  (%d of %d marked phrases flagged)
                fix accuracy  %.3f  (%d of %d restored by the first suggestion)
                spun docs     %d of %d judged suspect or spun
                clean docs    %d of %d judged clean; %d findings in %d words = %.2f per 10,000 words""",
                precision(), correctFindings, findings, recall(), foundPhrases, goldPhrases,
                fixAccuracy(), fixedPhrases, goldPhrases, spunDocumentsCaught, spunDocuments,
                cleanDocumentsJudgedClean, cleanDocuments, cleanFindings, cleanWords, cleanFindingsPer10kWords());
    }

    public List<String> falseAlarms() {
        return falseAlarms;
    }

    public List<String> misses() {
        return misses;
    }
}
