package dev.unspin.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.IntStream;

/**
 * Why a document was judged suspect or spun, in words: what the evidence is made of (how many
 * findings from which detector), the strongest pieces of it (the findings that weigh most in the
 * score, one per phrase), and, when the language model's word-choice signals are spread over the
 * document, how widely.
 */
final class JudgementReasons {
    /** At most this many strongest findings are named. */
    static final int STRONGEST = 3;
    /** Model findings on at least this many different words are reported as spread over the document. */
    static final int SPREAD_WORDS = 5;

    private JudgementReasons() {
    }

    /** The reasons for {@code findings}, whose weights in the score are {@code weights} (same order). */
    static List<String> of(Document document, List<Finding> findings, double[] weights) {
        List<String> reasons = new ArrayList<>();
        if (findings.isEmpty()) {
            return reasons;
        }
        reasons.add(composition(findings));
        Set<String> named = new HashSet<>();
        IntStream.range(0, findings.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> weights[i]).reversed().thenComparing(i -> findings.get(i).start()))
                .map(findings::get)
                .filter(f -> named.add(phrase(document, f).toLowerCase(Locale.ROOT)))
                .limit(STRONGEST)
                .forEach(f -> reasons.add(strongest(document, f)));
        Set<String> modelWords = new HashSet<>();
        findings.stream().filter(f -> f.detector() == DetectorKind.MODEL)
                .forEach(f -> modelWords.add(phrase(document, f).toLowerCase(Locale.ROOT)));
        if (modelWords.size() >= SPREAD_WORDS) {
            reasons.add(String.format(Locale.ROOT, "word choices the language model finds out of place on %d different words"
                    + " (%.0f per 10,000 words)", modelWords.size(), modelWords.size() * 10_000.0 / Math.max(1, document.wordCount())));
        }
        return reasons;
    }

    /** "12 findings: 9 dictionary, 3 model". */
    private static String composition(List<Finding> findings) {
        Map<DetectorKind, Integer> counts = new EnumMap<>(DetectorKind.class);
        findings.forEach(f -> counts.merge(f.detector(), 1, Integer::sum));
        StringJoiner byDetector = new StringJoiner(", ", findings.size() + (findings.size() == 1 ? " finding: " : " findings: "), "");
        counts.forEach((kind, n) -> byDetector.add(n + " " + kind.id()));
        return byDetector.toString();
    }

    /** One strong piece of evidence: the phrase, what it replaced, the rule and its confidence. */
    private static String strongest(Document document, Finding f) {
        String phrase = "\u201C" + phrase(document, f) + "\u201D";
        String instead = f.suggestions().isEmpty() ? "" : " for \u201C" + f.suggestions().get(0) + "\u201D";
        return String.format(Locale.ROOT, "%s%s (%s, confidence %.2f)", phrase, instead, f.rule(), f.confidence());
    }

    private static String phrase(Document document, Finding f) {
        return document.original().substring(f.start(), f.end()).replaceAll("\\s+", " ");
    }
}
