package dev.unspin.bitext;

import dev.unspin.text.LineIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * gettext PO and POT files: each {@code msgstr} (each {@code msgstr[N]} of a plural entry) is a target,
 * its {@code msgid} (or {@code msgid_plural}) the source. Strings may continue over several quoted
 * lines and hold C escapes; each decoded character maps to its place in the file. Obsolete entries
 * ({@code #~}) and the header entry are not segments; translator ({@code #}) and extracted ({@code #.})
 * comments are the entry's notes; the header's {@code Language} must be English
 * when given. A line that is none of these is refused with its number.
 */
final class PoReader {
    private static final Pattern KEYWORD = Pattern.compile("(msgctxt|msgid_plural|msgid|msgstr(?:\\[(\\d+)])?)\\s*(\".*)");
    private static final Pattern LANGUAGE = Pattern.compile("(?m)^Language:\\s*(\\S*)");
    /** A translator comment ({@code # text}) or an extracted comment ({@code #. text}). */
    private static final Pattern TRANSLATOR_COMMENT = Pattern.compile("#(?:\\s|\\.|$)");

    private PoReader() {
    }

    private static final class Entry {
        MappedText context;
        MappedText id;
        MappedText plural;
        List<String> notes = List.of();
        final List<MappedText> targets = new ArrayList<>();
        final List<int[]> targetPlaces = new ArrayList<>(); // just after the opening quote of each msgstr
        MappedText current;
        MappedText.Builder building;
    }

    static Bitext read(String text) {
        List<Entry> entries = new ArrayList<>();
        Entry entry = null;
        String keyword = null;
        MappedText.Builder value = null;
        int[] place = null;
        List<String> comments = new ArrayList<>();
        int lineNumber = 0;
        int offset = 0;
        while (offset <= text.length()) {
            int nl = text.indexOf('\n', offset);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(offset, lineEnd).stripTrailing();
            lineNumber++;
            String trimmed = line.strip();
            int indent = line.indexOf(trimmed.isEmpty() ? "" : trimmed.substring(0, 1));
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                if (value != null) {
                    finish(entry, keyword, value.build(), place, offset);
                    value = null;
                }
                if (TRANSLATOR_COMMENT.matcher(trimmed).lookingAt()) {
                    comments.add(trimmed.substring(trimmed.startsWith("#.") ? 2 : 1).strip());
                }
            } else if (trimmed.startsWith("\"")) {
                if (value == null) {
                    throw new BitextFormatException("line " + lineNumber + ": a string with no msgid or msgstr before it");
                }
                string(text, offset + indent, offset + line.length(), lineNumber, value);
            } else {
                Matcher m = KEYWORD.matcher(trimmed);
                if (!m.matches()) {
                    throw new BitextFormatException("line " + lineNumber + ": not a PO line: "
                            + (trimmed.length() > 40 ? trimmed.substring(0, 40) + "..." : trimmed));
                }
                if (value != null) {
                    finish(entry, keyword, value.build(), place, offset);
                }
                keyword = m.group(1).startsWith("msgstr") ? "msgstr" : m.group(1);
                if (keyword.equals("msgctxt") || keyword.equals("msgid") && (entry == null || entry.id != null)) {
                    entry = new Entry();
                    entry.notes = List.copyOf(comments);
                    comments.clear();
                    entries.add(entry);
                }
                if (entry == null) {
                    throw new BitextFormatException("line " + lineNumber + ": msgstr with no msgid before it");
                }
                value = new MappedText.Builder();
                int stringStart = offset + indent + m.start(3);
                place = new int[]{stringStart + 1};
                string(text, stringStart, offset + line.length(), lineNumber, value);
            }
            if (nl < 0) {
                break;
            }
            offset = nl + 1;
        }
        if (value != null) {
            finish(entry, keyword, value.build(), place, text.length());
        }
        return bitext(entries, text);
    }

    private static void finish(Entry entry, String keyword, MappedText value, int[] place, int end) {
        switch (keyword) {
            case "msgctxt" -> entry.context = value;
            case "msgid" -> entry.id = value;
            case "msgid_plural" -> entry.plural = value;
            default -> {
                entry.targets.add(value);
                entry.targetPlaces.add(place);
            }
        }
    }

    /** Decodes one quoted string, {@code "..."}, written between {@code from} (its opening quote) and {@code to}. */
    private static void string(String text, int from, int to, int line, MappedText.Builder into) {
        int close = text.lastIndexOf('"', to - 1);
        if (text.charAt(from) != '"' || close <= from) {
            throw new BitextFormatException("line " + line + ": a string must be written in double quotes");
        }
        int i = from + 1;
        while (i < close) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < close) {
                char e = text.charAt(i + 1);
                char decoded = switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'a' -> '\u0007';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'v' -> '\u000B';
                    default -> e;
                };
                into.append(decoded, i, i + 2);
                i += 2;
            } else {
                into.append(c, i, i + 1);
                i++;
            }
        }
    }

    private static Bitext bitext(List<Entry> entries, String text) {
        List<Segment> segments = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        for (Entry e : entries) {
            if (e.id == null) {
                continue;
            }
            if (e.id.isEmpty() && e.context == null) {
                Matcher language = LANGUAGE.matcher(e.targets.isEmpty() ? "" : e.targets.get(0).text());
                if (language.find() && !language.group(1).isEmpty()) {
                    XmlBitextReader.requireEnglish(language.group(1));
                }
                continue;
            }
            for (int n = 0; n < e.targets.size(); n++) {
                String source = n == 0 || e.plural == null ? e.id.text() : e.plural.text();
                String id = (e.context == null ? "" : e.context.text() + "|") + abbreviated(e.id.text())
                        + (e.targets.size() > 1 ? "[" + n + "]" : "");
                MappedText target = e.targets.get(n);
                int[] place = e.targetPlaces.get(n);
                int anchorStart = target.isEmpty() ? place[0] - 1 : target.fileStart(0);
                int anchorEnd = target.isEmpty() ? place[0] + 1 : target.fileEnd(target.text().length());
                segments.add(TextCodes.segment(id, lines, source, target, anchorStart, anchorEnd).withNotes(e.notes));
            }
        }
        return new Bitext(segments, Optional.empty(), text.length(), true);
    }

    private static String abbreviated(String id) {
        String oneLine = id.replace('\n', ' ');
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
    }
}
