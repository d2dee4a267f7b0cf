package dev.unspin.git;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the changed line ranges of the new side out of a unified diff of one file
 * ({@code git diff --unified=0}): every hunk header {@code @@ -a[,b] +c[,d] @@} means lines
 * c..c+d-1 of the new file were added or changed; {@code +c} without a count is one line, and
 * {@code +c,0} is a pure deletion, which changes no line of the new file. Other lines are ignored.
 * {@link #parseFiles} reads the diff of a whole repository, file by file.
 */
public final class GitDiffParser {
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    private GitDiffParser() {
    }

    /**
     * The changed lines of every file in the diff of a whole repository, by the new path (as in
     * {@code +++ b/PATH}; run git with {@code --src-prefix=a/ --dst-prefix=b/ --no-renames}). Hunk
     * bodies are skipped by their line counts, so added text that looks like a header is never
     * taken for one. Deleted files ({@code +++ /dev/null}) and files without hunks are left out.
     */
    public static Map<String, ChangedLines> parseFiles(String diff) {
        Map<String, List<ChangedLines.Range>> byPath = new HashMap<>();
        String[] lines = diff.split("\n", -1);
        List<ChangedLines.Range> current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("diff ")) {
                current = null;
            } else if (line.startsWith("+++ ")) {
                String path = unquote(line.substring(4));
                current = path.startsWith("b/") ? byPath.computeIfAbsent(path.substring(2), k -> new ArrayList<>()) : null;
            } else if (line.startsWith("@@")) {
                Matcher m = HUNK.matcher(line);
                if (!m.find()) {
                    throw new IllegalArgumentException("not a unified diff hunk header: " + line);
                }
                int oldCount = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
                int first = Integer.parseInt(m.group(2));
                int count = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
                if (current != null) {
                    current.add(new ChangedLines.Range(first, count));
                }
                // skip the hunk's body: oldCount removed and count added lines ("\ No newline" notes aside)
                int body = oldCount + count;
                while (body > 0 && i + 1 < lines.length) {
                    i++;
                    if (!lines[i].startsWith("\\")) {
                        body--;
                    }
                }
            }
        }
        Map<String, ChangedLines> out = new HashMap<>();
        byPath.forEach((path, ranges) -> out.put(path, ChangedLines.of(ranges)));
        return out;
    }

    /** A path as git writes it in a diff header: as is, or C-quoted ("a\tb", octal UTF-8 bytes). */
    static String unquote(String path) {
        if (path.endsWith("\t")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!(path.length() >= 2 && path.startsWith("\"") && path.endsWith("\""))) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String body = path.substring(1, path.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> bytes.write('\n');
                case 't' -> bytes.write('\t');
                case 'r' -> bytes.write('\r');
                case 'a' -> bytes.write(7);
                case 'b' -> bytes.write('\b');
                case 'f' -> bytes.write('\f');
                case 'v' -> bytes.write(11);
                default -> {
                    if (e >= '0' && e <= '7' && i + 2 < body.length()) {
                        bytes.write(Integer.parseInt(body.substring(i, i + 3), 8));
                        i += 2;
                    } else {
                        bytes.write(e);
                    }
                }
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
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
            int first = Integer.parseInt(m.group(2));
            int count = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            ranges.add(new ChangedLines.Range(first, count));
        }
        return ChangedLines.of(ranges);
    }
}
