package dev.unspin.report;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Verdict;

import java.util.Map;
import java.util.TreeMap;

/** Counts over a run: documents per verdict, findings per rule, per category, per severity. */
public record Summary(int documents, long words, int findings, Map<String, Integer> verdicts,
                      Map<String, Integer> rules, Map<String, Integer> categories, Map<String, Integer> severities) {

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
        for (DocumentResult r : results) {
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
        return new Summary(documents, words, findings, verdicts, rules, categories, severities);
    }
}
