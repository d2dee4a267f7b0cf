package dev.unspin.eval;

import dev.unspin.engine.DocumentResult;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recall on the marked phrases a swap table made, by the table's split: swaps the dictionary
 * knows (in new contexts) and held-out swaps. Marked phrases the table did not make are not counted.
 */
public final class SplitRecall {
    private final Map<String, String> splitOfSwap = new HashMap<>();
    private final Map<String, int[]> counts = new HashMap<>(Map.of("known", new int[2], "heldout", new int[2]));

    public SplitRecall(SwapTable table) {
        table.rows().forEach(r -> splitOfSwap.put(key(r.original(), r.spun()), r.split()));
    }

    public void add(DocumentResult result, List<LabelledText.GoldSpan> gold) {
        String text = result.document().original();
        for (LabelledText.GoldSpan g : gold) {
            String split = splitOfSwap.get(key(g.originals().get(0), text.substring(g.start(), g.end())));
            if (split != null) {
                int[] c = counts.get(split);
                c[0]++;
                if (result.findings().stream().anyMatch(f -> f.start() < g.end() && g.start() < f.end())) {
                    c[1]++;
                }
            }
        }
    }

    private static String key(String original, String spun) {
        return original.toLowerCase(Locale.ROOT) + "\t" + spun.toLowerCase(Locale.ROOT);
    }

    public String summary() {
        return line("known swaps", counts.get("known")) + "\n" + line("held-out swaps", counts.get("heldout"));
    }

    private static String line(String label, int[] c) {
        return String.format(Locale.ROOT, "%-15s recall %.3f  (%d of %d flagged)", label, c[0] == 0 ? 0 : (double) c[1] / c[0], c[1], c[0]);
    }
}
