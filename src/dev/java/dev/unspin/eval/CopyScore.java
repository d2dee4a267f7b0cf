package dev.unspin.eval;

import dev.unspin.engine.CopyVerdict;
import dev.unspin.engine.Finding;
import dev.unspin.fix.FixPlanner;
import dev.unspin.fix.ProtectedRegions;
import dev.unspin.fix.TextFixer;
import dev.unspin.originals.CopyComparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts for one generator of copies: copies matched to their own original, the generator's swaps
 * flagged and restored, and the copy verdicts given. A swap is judged over its {@link Region}: flagged
 * when a spun-copy finding touches it, restored when the first suggestions of the findings there give
 * back the original's text.
 */
public final class CopyScore {
    private int copies;
    private int matched;
    private int swaps;
    private int flagged;
    private int restored;
    private int fixedWhole;
    private final Map<CopyVerdict, Integer> verdicts = new EnumMap<>(CopyVerdict.class);
    private final List<String> misses = new ArrayList<>();
    private final FixPlanner fixPlanner;

    /** Scores copies; {@code fixMinConfidence}: the threshold of the fix judged on whole copies (fix's default: 0.6). */
    public CopyScore(double fixMinConfidence) {
        this.fixPlanner = new FixPlanner(fixMinConfidence);
    }

    public void add(String originalId, LabelledText copy, CopyComparison.Result result, CopyVerdict expected) {
        copies++;
        if (result.judgement().verdict() != expected) {
            misses.add("judged " + result.judgement() + ", not " + expected.id() + ": " + originalId);
        }
        if (result.judgement().verdict().isCopy() && originalId.equals(result.judgement().originalId())) {
            matched++;
        }
        verdicts.merge(result.judgement().verdict(), 1, Integer::sum);
        String unfixed = fixDifference(copy, result.findings());
        if (unfixed == null) {
            fixedWhole++;
        } else {
            misses.add("fix does not give back the whole text of " + originalId + ": " + unfixed);
        }
        for (LabelledText.GoldSpan g : copy.gold()) {
            swaps++;
            Region region = Region.around(g, copy, result.findings());
            String swap = "\u201C" + copy.text().substring(g.start(), g.end()) + "\u201D (was \u201C" + g.originals().get(0) + "\u201D)";
            if (region.findings.isEmpty()) {
                misses.add("not flagged: " + swap + " in " + originalId);
            } else if (region.restored(copy)) {
                flagged++;
                restored++;
            } else {
                flagged++;
                Finding f = region.findings.get(0);
                misses.add("not restored: " + swap + ": finding \u201C" + copy.text().substring(f.start(), f.end())
                        + "\u201D \u2192 \u201C" + (f.suggestions().isEmpty() ? "" : f.suggestions().get(0)) + "\u201D");
            }
        }
    }

    /**
     * A swap with the findings and other swaps that touch it (overlap, or only white space between), and
     * theirs, and so on: the stretch of text over which a fix is judged. A dropped word ("the budget" →
     * "budget") has nothing to overlap; the finding next to it that restores it is its flag. A finding on
     * "possibly follow" suggesting "follow" restores the swap "would possibly" for "would".
     */
    private static final class Region {
        int from;
        int to;
        final List<Finding> findings = new ArrayList<>();
        final List<LabelledText.GoldSpan> swaps = new ArrayList<>();

        static Region around(LabelledText.GoldSpan g, LabelledText copy, List<Finding> all) {
            Region r = new Region();
            r.from = g.start();
            r.to = g.end();
            r.swaps.add(g);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Finding f : all) {
                    if (!r.findings.contains(f) && r.touches(copy.text(), f.start(), f.end())) {
                        r.findings.add(f);
                        r.extend(f.start(), f.end());
                        grew = true;
                    }
                }
                for (LabelledText.GoldSpan other : copy.gold()) {
                    if (!r.swaps.contains(other) && !r.findings.isEmpty() && r.touches(copy.text(), other.start(), other.end())) {
                        r.swaps.add(other);
                        r.extend(other.start(), other.end());
                        grew = true;
                    }
                }
            }
            r.findings.sort(Comparator.comparingInt(Finding::start));
            r.swaps.sort(Comparator.comparingInt(LabelledText.GoldSpan::start));
            return r;
        }

        private void extend(int start, int end) {
            from = Math.min(from, start);
            to = Math.max(to, end);
        }

        private boolean touches(String text, int start, int end) {
            if (start < to && from < end) {
                return true;
            }
            return end <= from ? text.substring(end, from).isBlank() : text.substring(to, start).isBlank();
        }

        /** Whether the findings' first suggestions, applied, give the copy's text with every swap here undone. */
        boolean restored(LabelledText copy) {
            StringBuilder fixed = new StringBuilder();
            int at = from;
            for (Finding f : findings) {
                if (f.suggestions().isEmpty() || f.start() < at) {
                    return false;
                }
                fixed.append(copy.text(), at, f.start()).append(f.suggestions().get(0));
                at = f.end();
            }
            fixed.append(copy.text(), at, to);
            StringBuilder expected = new StringBuilder();
            at = from;
            for (LabelledText.GoldSpan g : swaps) {
                expected.append(copy.text(), at, g.start()).append(g.originals().get(0));
                at = g.end();
            }
            expected.append(copy.text(), at, to);
            return squeeze(fixed.toString()).equals(squeeze(expected.toString()));
        }
    }

    /**
     * Where {@code fix} (its planner, at the threshold given) applied to the copy does not give back the text the copy
     * was made from (every swap undone, nothing else changed): the first difference, fixed text against expected;
     * null when it gives it back.
     */
    private String fixDifference(LabelledText copy, List<Finding> findings) {
        FixPlanner.Plan plan = fixPlanner.plan(copy.text(), findings, ProtectedRegions.none());
        StringBuilder expected = new StringBuilder();
        int at = 0;
        for (LabelledText.GoldSpan g : copy.gold()) {
            expected.append(copy.text(), at, g.start()).append(g.originals().get(0));
            at = g.end();
        }
        expected.append(copy.text(), at, copy.text().length());
        String fixed = squeeze(TextFixer.apply(copy.text(), plan.replacements()));
        String wanted = squeeze(expected.toString());
        if (fixed.equals(wanted)) {
            return null;
        }
        int d = 0;
        while (d < fixed.length() && d < wanted.length() && fixed.charAt(d) == wanted.charAt(d)) {
            d++;
        }
        int from = Math.max(0, d - 30);
        return "\u201C\u2026" + fixed.substring(from, Math.min(fixed.length(), d + 30)) + "\u2026\u201D, not \u201C\u2026"
                + wanted.substring(from, Math.min(wanted.length(), d + 30)) + "\u2026\u201D";
    }

    private static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The swaps not flagged or not restored, one line each. */
    public List<String> misses() {
        return misses;
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

    /** Copies that fix gives back whole (see {@link #fixedWhole}). */
    public double fixedWholeShare() {
        return copies == 0 ? 0 : (double) fixedWhole / copies;
    }

    public int verdicts(CopyVerdict v) {
        return verdicts.getOrDefault(v, 0);
    }

    /** One table row: copies, matched, swaps, flagged, restored, copies fix gives back whole, verdicts. */
    public String row(String name) {
        StringBuilder v = new StringBuilder();
        verdicts.forEach((verdict, n) -> v.append(v.length() == 0 ? "" : ", ").append(verdict.id()).append(' ').append(n));
        return String.format(Locale.ROOT, "%-22s %6d %8.1f%% %7d %8.1f%% %8.1f%% %10.1f%%  %s", name, copies, 100 * matchedShare(), swaps,
                100 * flaggedShare(), 100 * restoredShare(), 100 * fixedWholeShare(), v);
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-22s %6s %9s %7s %9s %9s %11s  %s", "generator", "copies", "matched", "swaps", "flagged",
                "restored", "fix: whole", "copy verdicts");
    }
}
