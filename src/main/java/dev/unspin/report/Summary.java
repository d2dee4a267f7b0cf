package dev.unspin.report;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Verdict;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a run: documents per verdict, findings shown per rule, per category, per severity, and
 * the findings each report filter (baseline, changed-since) hid.
 */
public record Summary(int documents, long words, int findings, Map<String, Integer> verdicts,
                      Map<String, Integer> rules, Map<String, Integer> categories, Map<String, Integer> severities,
                      Map<String, Integer> hidden) {

    public static Summary of(Iterable<DocumentResult> results) {
        int documents = 0;
        long words = 0;
        int findings = 0;
        Map<String, Integer> verdicts = new TreeMap<>();
        for (Verdict v : Verdict.values()) {
            verdicts.put(v.id(), 0);
        }
        Map<String, Integer> rules = new TreeMap<>();
        Map<String, Integer> categories = new TreeMap<>();
        Map<String, Integer> severities = new TreeMap<>();
        Map<String, Integer> hidden = new TreeMap<>();
        for (DocumentResult r : results) {
            r.hidden().forEach((filter, n) -> hidden.merge(filter, n, Integer::sum));
            documents++;
            words += r.words();
            verdicts.merge(r.verdict().id(), 1, Integer::sum);
            for (Finding f : r.findings()) {
                findings++;
                rules.merge(f.rule(), 1, Integer::sum);
                categories.merge(f.category().id(), 1, Integer::sum);
                severities.merge(f.severity().id(), 1, Integer::sum);
            }
        }
        return new Summary(documents, words, findings, verdicts, rules, categories, severities, hidden);
    }

    /** Findings all report filters hid. */
    public int hiddenCount() {
        return hidden.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "78 hidden by baseline, 2 by changed-since", or "" when nothing was hidden. */
    public static String describeHidden(Map<String, Integer> hidden) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Integer> e : hidden.entrySet()) {
            text.append(text.length() == 0 ? e.getValue() + " hidden by " : ", " + e.getValue() + " by ").append(e.getKey());
        }
        return text.toString();
    }
}
