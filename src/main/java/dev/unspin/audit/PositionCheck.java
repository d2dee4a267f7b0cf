package dev.unspin.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The final consistency check of an audit: every input position the readers met (in this run or,
 * with --resume, an earlier one) has exactly one line in documents.jsonl, and no line has a
 * position the inputs do not have. Compares the positions themselves, not their counts. Holds one
 * entry per position in memory (tens of bytes each).
 */
record PositionCheck(long positions, long twice, long missing, long extra, List<String> examples) {
    private static final int EXAMPLES = 3;

    static PositionCheck of(Path documents, Set<String> read) throws IOException {
        Map<String, Integer> written = new HashMap<>();
        DocumentsFile.read(documents, node -> {
            JsonNode position = node.get("position");
            if (position != null && position.isTextual()) {
                written.merge(position.asText(), 1, Integer::sum);
            }
        });
        long twice = 0;
        long missing = 0;
        long extra = 0;
        List<String> examples = new ArrayList<>();
        for (Map.Entry<String, Integer> e : written.entrySet()) {
            if (e.getValue() > 1) {
                twice++;
                example(examples, e.getKey() + " written " + e.getValue() + " times");
            }
            if (!read.contains(e.getKey())) {
                extra++;
                example(examples, e.getKey() + " written but not in the inputs");
            }
        }
        for (String position : read) {
            if (!written.containsKey(position)) {
                missing++;
                example(examples, position + " read but not written");
            }
        }
        return new PositionCheck(read.size(), twice, missing, extra, examples);
    }

    private static void example(List<String> examples, String example) {
        if (examples.size() < EXAMPLES) {
            examples.add(example);
        }
    }

    boolean ok() {
        return twice == 0 && missing == 0 && extra == 0;
    }

    /** What is wrong, in one line. */
    String problem() {
        return twice + " positions written more than once, " + missing + " read but not written, " + extra
                + " written but not in the inputs (" + String.join("; ", examples) + ")";
    }
}
