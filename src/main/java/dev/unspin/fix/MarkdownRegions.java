package dev.unspin.fix;

import dev.unspin.text.ProseMask;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a fix must not touch in Markdown. Block level, line by line: YAML front matter,
 * indented code blocks (4+ columns of indentation after a blank line, a heading or another block;
 * a paragraph's indented continuation line is text, as in CommonMark) and fenced code blocks at
 * any indentation, so fences inside list items count (an unclosed fence runs to the end). Inline, outside those blocks: code spans, autolinks, raw HTML
 * (a script, style, code or pre element whole), character references, link and image
 * destinations, reference labels and definitions, backslash escapes and the markup characters
 * {@code * _ [ ] ~ | `}, so a fix can never break emphasis, links or tables.
 *
 * <p>When in doubt it protects more than CommonMark would (an indented paragraph inside a list
 * item counts as code): a skipped fix costs little, a broken document a lot.
 */
final class MarkdownRegions {
    private static final Pattern FRONT_MATTER_OPEN = Pattern.compile("\uFEFF?---[ \\t]*");
    private static final Pattern FRONT_MATTER_CLOSE = Pattern.compile("(?:---|\\.\\.\\.)[ \\t]*");
    private static final Pattern FENCE = Pattern.compile("(?s)[ \\t]*+(`{3,}+|~{3,}+)(.*)");
    private static final Pattern ATX_HEADING = Pattern.compile("(?s) {0,3}#{1,6}(?:[ \\t].*)?");
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[(?!\\^)[^\\]\\n]++\\]:.*$");
    private static final Pattern AUTOLINK = Pattern.compile(
            "<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*+|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]++@[A-Za-z0-9][A-Za-z0-9.-]*+)>");
    private static final String MARKUP_CHARACTERS = "*_[]~|`";

    private MarkdownRegions() {
    }

    static List<ProseMask.Range> find(String text) {
        List<ProseMask.Range> blocks = codeBlocks(text);
        List<ProseMask.Range> out = new ArrayList<>(blocks);
        int from = 0;
        for (ProseMask.Range block : blocks) {
            inline(text, from, block.start(), out);
            from = block.end();
        }
        inline(text, from, text.length(), out);
        return out;
    }

    // ---- block level -------------------------------------------------------------------------

    private static List<ProseMask.Range> codeBlocks(String text) {
        List<int[]> lines = lines(text);
        List<ProseMask.Range> out = new ArrayList<>();
        int i = 0;
        if (!lines.isEmpty() && FRONT_MATTER_OPEN.matcher(line(text, lines.get(0))).matches()) {
            for (int j = 1; j < lines.size(); j++) {
                if (FRONT_MATTER_CLOSE.matcher(line(text, lines.get(j))).matches()) {
                    out.add(new ProseMask.Range(0, lines.get(j)[1]));
                    i = j + 1;
                    break;
                }
            }
        }
        boolean codeMayStart = true;
        for (; i < lines.size(); i++) {
            String line = line(text, lines.get(i));
            Matcher fence = FENCE.matcher(line);
            if (codeMayStart && !line.isBlank() && indentation(line) >= 4) {
                int last = i;
                for (int j = i + 1; j < lines.size(); j++) {
                    String next = line(text, lines.get(j));
                    if (!next.isBlank() && indentation(next) < 4) {
                        break;
                    }
                    if (!next.isBlank()) {
                        last = j;
                    }
                }
                out.add(new ProseMask.Range(lines.get(i)[0], lines.get(last)[1]));
                i = last;
                codeMayStart = true;
            } else if (fence.matches() && !(fence.group(1).charAt(0) == '`' && fence.group(2).contains("`"))) {
                int j = i + 1;
                while (j < lines.size() && !closesFence(line(text, lines.get(j)), fence.group(1), indentation(line))) {
                    j++;
                }
                int end = j < lines.size() ? lines.get(j)[1] : text.length();
                out.add(new ProseMask.Range(lines.get(i)[0], end));
                i = j;
                codeMayStart = true;
            } else {
                codeMayStart = line.isBlank() || ATX_HEADING.matcher(line).matches();
            }
        }
        return out;
    }

    /** Each line's start and end (past its line feed), for lines of the text. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(new int[]{start, end});
            start = end;
        }
        return lines;
    }

    /** A line's text without its line terminator. */
    private static String line(String text, int[] line) {
        int end = line[1];
        if (end > line[0] && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > line[0] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(line[0], end);
    }

    /** A closing fence: the opening's character, at least as many, indented at most 3 columns more than the opening. */
    private static boolean closesFence(String line, String opening, int openingIndentation) {
        String fence = line.strip();
        if (indentation(line) > openingIndentation + 3 || fence.length() < opening.length()) {
            return false;
        }
        return fence.chars().allMatch(c -> c == opening.charAt(0));
    }

    private static int indentation(String line) {
        int columns = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }

    // ---- inline ------------------------------------------------------------------------------

    private static void inline(String text, int from, int to, List<ProseMask.Range> out) {
        Matcher definitions = LINK_DEFINITION.matcher(text).region(from, to);
        while (definitions.find()) {
            out.add(new ProseMask.Range(definitions.start(), definitions.end()));
        }
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\\' && i + 1 < to && isAsciiPunctuation(text.charAt(i + 1))) {
                end = i + 2;
            } else if (c == '`') {
                end = codeSpan(text, i, to);
            } else if (c == '<') {
                Matcher autolink = AUTOLINK.matcher(text).region(i, to);
                end = autolink.lookingAt() ? autolink.end() : HtmlRegions.markupAt(text, i, to, out);
            } else if (c == '&') {
                end = HtmlRegions.markupAt(text, i, to, out);
            } else if (c == ']' && i + 1 < to && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '[')) {
                end = bracketed(text, i + 1, to);
            }
            if (end > i) {
                out.add(new ProseMask.Range(i, end));
                i = end;
            } else {
                if (MARKUP_CHARACTERS.indexOf(c) >= 0) {
                    out.add(new ProseMask.Range(i, i + 1));
                }
                i++;
            }
        }
    }

    /** The end of the code span opened by the backtick run at {@code at}, or the end of the run if it is never closed. */
    private static int codeSpan(String text, int at, int to) {
        int run = runLength(text, at, to);
        int paragraphEnd = paragraphEnd(text, at, to);
        int k = at + run;
        while (k < paragraphEnd) {
            if (text.charAt(k) == '`') {
                int closing = runLength(text, k, paragraphEnd);
                if (closing == run) {
                    return k + run;
                }
                k += closing;
            } else {
                k++;
            }
        }
        return at + run;
    }

    private static int runLength(String text, int at, int to) {
        int k = at;
        while (k < to && text.charAt(k) == text.charAt(at)) {
            k++;
        }
        return k - at;
    }

    /** Where the paragraph holding {@code at} ends: at the next blank line, or {@code to}. */
    private static int paragraphEnd(String text, int at, int to) {
        int k = text.indexOf('\n', at);
        while (k >= 0 && k < to) {
            int next = k + 1;
            while (next < to && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) {
                next++;
            }
            if (next >= to || text.charAt(next) == '\n') {
                return Math.min(next, to);
            }
            k = text.indexOf('\n', next);
        }
        return to;
    }

    /**
     * The end of a link destination {@code (...)} or reference label {@code [...]} opening at
     * {@code open}, balancing parentheses and honouring backslash escapes; -1 if it does not
     * close within the paragraph (then it is not a link).
     */
    private static int bracketed(String text, int open, int to) {
        char opening = text.charAt(open);
        char closing = opening == '(' ? ')' : ']';
        int paragraphEnd = paragraphEnd(text, open, to);
        int depth = 0;
        for (int k = open; k < paragraphEnd; k++) {
            char c = text.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return k + 1;
            }
        }
        return -1;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127;
    }
}
