package dev.unspin.git;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the changed line ranges of the new side out of a unified diff of one file
 * ({@code git diff --unified=0}): every hunk header {@code @@ -a[,b] +c[,d] @@} means lines
 * c..c+d-1 of the new file were added or changed; {@code +c} without a count is one line, and
 * {@code +c,0} is a pure deletion, which changes no line of the new file. Other lines are ignored.
 */
public final class GitDiffParser {
    private static final Pattern HUNK = Pattern.compile("^@@@? -\\d+(?:,\\d+)?(?: -\\d+(?:,\\d+)?)? \\+(\\d+)(?:,(\\d+))? @@@?");

    private GitDiffParser() {
    }

    public static ChangedLines parse(String diff) {
        List<ChangedLines.Range> ranges = new ArrayList<>();
        for (String line : diff.split("\r?\n")) {
            if (!line.startsWith("@@")) {
                continue;
            }
            Matcher m = HUNK.matcher(line);
            if (!m.find()) {
                throw new IllegalArgumentException("not a unified diff hunk header: " + line);
            }
            int first = Integer.parseInt(m.group(1));
            int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            ranges.add(new ChangedLines.Range(first, count));
        }
        return ChangedLines.of(ranges);
    }
}
