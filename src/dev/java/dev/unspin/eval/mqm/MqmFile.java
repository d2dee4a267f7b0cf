package dev.unspin.eval.mqm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Google's MQM annotation files (github.com/google/wmt-mqm-human-evaluation): a TSV with a
 * header naming at least system, doc, a segment id (seg_id, globalSegId or docSegId), source, target,
 * category and severity; one row per rater and error, the error's span marked {@code <v>...</v>} in
 * the source or target; No-error rows for segments a rater found clean. Rows of the raters' hidden
 * tests (severity HOTW...) are left out. Segments come back in file order.
 */
public final class MqmFile {
    private MqmFile() {
    }

    public static List<MqmSegment> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int system = column(file, header, "system");
        int doc = column(file, header, "doc");
        int seg = header.contains("seg_id") ? header.indexOf("seg_id") : header.contains("globalSegId")
                ? header.indexOf("globalSegId") : column(file, header, "docSegId");
        int source = column(file, header, "source");
        int target = column(file, header, "target");
        int category = column(file, header, "category");
        int severity = column(file, header, "severity");
        Map<String, Builder> segments = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length <= Math.max(severity, Math.max(target, source)) || f[severity].startsWith("HOTW")) {
                continue;
            }
            String key = f[system] + "\t" + f[doc] + "\t" + f[seg];
            Builder b = segments.computeIfAbsent(key, k -> new Builder(f[system], f[doc], f[seg], plain(f[source]), plain(f[target])));
            b.add(f[category], f[severity], f[source], f[target]);
        }
        return segments.values().stream().map(Builder::build).toList();
    }

    private static int column(Path file, List<String> header, String name) {
        int at = header.indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException(file + ": no column '" + name + "' in the header");
        }
        return at;
    }

    /** The text without the span markers, on one line. */
    static String plain(String marked) {
        return marked.replace("<v>", "").replace("</v>", "").replaceAll("[\\t\\r\\n]+", " ");
    }

    private static final class Builder {
        final String system;
        final String doc;
        final String segment;
        final String source;
        final String target;
        final List<MqmError> errors = new ArrayList<>();
        boolean anyError;

        Builder(String system, String doc, String segment, String source, String target) {
            this.system = system;
            this.doc = doc;
            this.segment = segment;
            this.source = source;
            this.target = target;
        }

        void add(String category, String severity, String markedSource, String markedTarget) {
            if (category.equals("No-error") || severity.equals("No-error")) {
                return;
            }
            anyError = true;
            int[] inTarget = span(markedTarget);
            int[] inSource = span(markedSource);
            if (inTarget != null && inTarget[1] <= target.length()) {
                errors.add(new MqmError(category, severity, MqmError.Side.TARGET, inTarget[0], inTarget[1]));
            } else if (inSource != null && inSource[1] <= source.length()) {
                errors.add(new MqmError(category, severity, MqmError.Side.SOURCE, inSource[0], inSource[1]));
            } else {
                errors.add(new MqmError(category, severity, MqmError.Side.SEGMENT, 0, target.length()));
            }
        }

        /** The marked span in the text without markers, or null. */
        private static int[] span(String marked) {
            int open = marked.indexOf("<v>");
            int close = marked.indexOf("</v>");
            if (open < 0 || close < open) {
                return null;
            }
            String before = plain(marked.substring(0, open));
            String inside = plain(marked.substring(open + 3, close));
            return new int[]{before.length(), before.length() + inside.length()};
        }

        MqmSegment build() {
            return new MqmSegment(system, doc, segment, source, target, errors, !anyError);
        }
    }
}
