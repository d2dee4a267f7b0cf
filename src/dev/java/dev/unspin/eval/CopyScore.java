package dev.unspin.eval;

import dev.unspin.engine.CopyVerdict;
import dev.unspin.engine.Finding;
import dev.unspin.originals.CopyComparison;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts for one generator of copies: copies matched to their own original, the generator's swaps
 * flagged (a spun-copy finding overlaps them) and restored (the finding covers whole swaps and its
 * first suggestion is the copy's words there with every swap put back), and the copy verdicts given.
 */
public final class CopyScore {
    private int copies;
    private int matched;
    private int swaps;
    private int flagged;
    private int restored;
    private final Map<CopyVerdict, Integer> verdicts = new EnumMap<>(CopyVerdict.class);

    public void add(String originalId, LabelledText copy, CopyComparison.Result result) {
        copies++;
        if (result.judgement().verdict().isCopy() && originalId.equals(result.judgement().originalId())) {
            matched++;
        }
        verdicts.merge(result.judgement().verdict(), 1, Integer::sum);
        for (LabelledText.GoldSpan g : copy.gold()) {
            swaps++;
            List<Finding> over = result.findings().stream().filter(f -> f.start() < g.end() && g.start() < f.end()).toList();
            if (!over.isEmpty()) {
                flagged++;
                if (over.stream().anyMatch(f -> restores(f, copy))) {
                    restored++;
                }
            }
        }
    }

    /** Whether the finding's first suggestion is the original wording of its span: the copy's words with each swap inside undone. */
    static boolean restores(Finding f, LabelledText copy) {
        StringBuilder expected = new StringBuilder();
        int at = f.start();
        for (LabelledText.GoldSpan g : copy.gold()) {
            if (g.end() <= f.start() || g.start() >= f.end()) {
                continue;
            }
            if (g.start() < f.start() || g.end() > f.end()) {
                return false; // the finding cuts through a swap
            }
            expected.append(copy.text(), at, g.start()).append(g.originals().get(0));
            at = g.end();
        }
        expected.append(copy.text(), at, f.end());
        return !f.suggestions().isEmpty() && squeeze(f.suggestions().get(0)).equals(squeeze(expected.toString()));
    }

    private static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    public int copies() {
        return copies;
    }

    public double matchedShare() {
        return copies == 0 ? 0 : (double) matched / copies;
    }

    public double flaggedShare() {
        return swaps == 0 ? 0 : (double) flagged / swaps;
    }

    public double restoredShare() {
        return swaps == 0 ? 0 : (double) restored / swaps;
    }

    public int verdicts(CopyVerdict v) {
        return verdicts.getOrDefault(v, 0);
    }

    /** One table row: copies, matched, swaps, flagged, restored, verdicts. */
    public String row(String name) {
        StringBuilder v = new StringBuilder();
        verdicts.forEach((verdict, n) -> v.append(v.length() == 0 ? "" : ", ").append(verdict.id()).append(' ').append(n));
        return String.format(Locale.ROOT, "%-22s %6d %8.1f%% %7d %8.1f%% %8.1f%%  %s", name, copies, 100 * matchedShare(), swaps,
                100 * flaggedShare(), 100 * restoredShare(), v);
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-22s %6s %9s %7s %9s %9s  %s", "generator", "copies", "matched", "swaps", "flagged",
                "restored", "copy verdicts");
    }
}
