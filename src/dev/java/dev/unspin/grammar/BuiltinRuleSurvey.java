package dev.unspin.grammar;

import dev.unspin.eval.LabelledText;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures LanguageTool's built-in English rules on labelled text: for each rule, its matches on
 * clean prose (false alarms), on marked spun phrases (hits) and elsewhere in spun text, and the
 * time it takes per 1,000 words. This is how unspin decides which built-in rules earn a place.
 */
public final class BuiltinRuleSurvey {
    private final JLanguageTool languageTool = new JLanguageTool(GrammarRuleLoader.english());
    private final Map<String, RuleFigures> figures = new TreeMap<>();
    private long cleanWords;
    private long spunWords;
    private long analysisNanos;

    public void add(LabelledText text, int words) throws IOException {
        boolean clean = text.gold().isEmpty();
        if (clean) {
            cleanWords += words;
        } else {
            spunWords += words;
        }
        long start = System.nanoTime();
        List<AnalyzedSentence> sentences = languageTool.analyzeText(text.text());
        analysisNanos += System.nanoTime() - start;
        for (Rule rule : languageTool.getAllActiveRules()) {
            RuleFigures f = figures.computeIfAbsent(rule.getFullId(), id -> new RuleFigures());
            long t0 = System.nanoTime();
            List<int[]> spans = matches(rule, sentences);
            f.nanos += System.nanoTime() - t0;
            for (int[] span : spans) {
                if (clean) {
                    f.cleanMatches++;
                } else if (text.gold().stream().anyMatch(g -> span[0] < g.end() && g.start() < span[1])) {
                    f.spunHits++;
                } else {
                    f.spunOther++;
                }
            }
        }
    }

    private static List<int[]> matches(Rule rule, List<AnalyzedSentence> sentences) throws IOException {
        List<int[]> spans = new ArrayList<>();
        if (rule instanceof TextLevelRule textRule) {
            for (RuleMatch m : textRule.match(sentences)) {
                spans.add(new int[]{m.getFromPos(), m.getToPos()});
            }
            return spans;
        }
        int offset = 0;
        for (AnalyzedSentence sentence : sentences) {
            for (RuleMatch m : rule.match(sentence)) {
                spans.add(new int[]{offset + m.getFromPos(), offset + m.getToPos()});
            }
            offset += sentence.getText().length();
        }
        return spans;
    }

    /** One line per rule that matched anything, most hits first, then the totals. */
    public List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-55s %8s %8s %8s %10s", "rule", "clean/10k", "hits", "other", "ms/1k words"));
        long words = cleanWords + spunWords;
        figures.entrySet().stream()
                .filter(e -> e.getValue().cleanMatches + e.getValue().spunHits + e.getValue().spunOther > 0)
                .sorted(Comparator.comparing((Map.Entry<String, RuleFigures> e) -> -e.getValue().spunHits)
                        .thenComparing(e -> e.getValue().cleanMatches))
                .forEach(e -> lines.add(String.format("%-55s %8.2f %8d %8d %10.3f", e.getKey(),
                        10_000.0 * e.getValue().cleanMatches / Math.max(1, cleanWords), e.getValue().spunHits,
                        e.getValue().spunOther, e.getValue().nanos / 1e6 / Math.max(1, words) * 1000)));
        long ruleNanos = figures.values().stream().mapToLong(f -> f.nanos).sum();
        lines.add(String.format("%d rules active; %d clean words, %d spun words; analysis %.1f ms/1k words, all rules %.1f ms/1k words",
                figures.size(), cleanWords, spunWords, analysisNanos / 1e6 / Math.max(1, words) * 1000,
                ruleNanos / 1e6 / Math.max(1, words) * 1000));
        return lines;
    }

    private static final class RuleFigures {
        int cleanMatches;
        int spunHits;
        int spunOther;
        long nanos;
    }
}
