package dev.unspin.engine;

import dev.unspin.text.LineIndex;
import dev.unspin.text.ProseMask;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions in a Markdown or HTML document's comments:
 * <ul>
 *   <li>{@code <!-- unspin-disable -->} ... {@code <!-- unspin-enable -->}: no findings in between;</li>
 *   <li>{@code <!-- unspin-disable RULE... -->} / {@code <!-- unspin-enable RULE... -->}: only those rules;</li>
 *   <li>{@code <!-- unspin-disable-next-line [RULE...] -->}: findings that start on the next line;</li>
 *   <li>{@code <!-- unspin-disable-line [RULE...] -->}: findings that start on the comment's own line.</li>
 * </ul>
 * A RULE is a rule id ({@code spinner-a-h/local-weather-exchange}, {@code grammar/UNSPIN_FINAL_WEEK}) or a
 * category ({@code tortured-phrase}), case-insensitive; several are separated by spaces or commas, and
 * {@code -- text} after them is a free comment. A disabled region starts where the comment ends and lasts
 * until the matching enable comment or the end of the document; a finding is suppressed by where it starts.
 * <p>
 * In a bilingual file the directives are written in a unit's notes for translators instead (a PO
 * {@code # unspin-disable RULE} comment, an XLIFF or TMX {@code <note>unspin-disable RULE</note>}):
 * {@code unspin-disable [RULE...]} there turns findings off on that unit's target only ({@link #ofNotes}).
 */
public final class Suppressions {
    public static final Suppressions NONE = new Suppressions(List.of(), Map.of(), null, List.of());

    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\s*unspin-(disable-next-line|disable-line|disable|enable)(?=\\s|$)(.*)", Pattern.DOTALL);

    private final List<Region> regions;
    private final Map<Integer, List<Set<String>>> lines;
    private final LineIndex lineIndex;
    private final List<Span> spans;

    private Suppressions(List<Region> regions, Map<Integer, List<Set<String>>> lines, LineIndex lineIndex, List<Span> spans) {
        this.regions = regions;
        this.lines = lines;
        this.lineIndex = lineIndex;
        this.spans = spans;
    }

    /** A note for translators on the part of a file from {@code from} to {@code to} (a unit's target). */
    public record Note(int from, int to, String text) {
    }

    /** Rules (all when empty) turned off for findings that start from {@code from} to {@code to}. */
    private record Span(int from, int to, Set<String> rules) {
    }

    /**
     * The suppressions written in a bilingual file's notes: each line of a note that is
     * {@code unspin-disable [RULE...]} turns those rules (or all) off on the note's part of the file.
     */
    public static Suppressions ofNotes(List<Note> notes) {
        List<Span> spans = new ArrayList<>();
        for (Note note : notes) {
            for (String line : note.text().split("\\R")) {
                Matcher m = DIRECTIVE.matcher(line);
                if (m.matches() && m.group(1).equals("disable")) {
                    spans.add(new Span(note.from(), note.to(), rules(m.group(2))));
                }
            }
        }
        return spans.isEmpty() ? NONE : new Suppressions(List.of(), Map.of(), null, List.copyOf(spans));
    }

    /**
     * The suppressions written in a document's comments.
     *
     * @param original the document's text
     * @param comments where its comments are ({@code <!--} to {@code -->} inclusive), in document order
     */
    public static Suppressions of(String original, List<ProseMask.Range> comments) {
        List<Region> regions = new ArrayList<>();
        Map<Integer, List<Set<String>>> lines = new HashMap<>();
        LineIndex index = new LineIndex(original);
        State state = State.ENABLED;
        for (ProseMask.Range comment : comments) {
            String body = original.substring(comment.start(), comment.end());
            body = body.substring(4, Math.max(4, body.length() - 3));
            Matcher m = DIRECTIVE.matcher(body);
            if (!m.matches()) {
                continue;
            }
            Set<String> rules = rules(m.group(2));
            switch (m.group(1)) {
                case "disable-next-line" -> lines.computeIfAbsent(index.line(comment.end()) + 1, k -> new ArrayList<>()).add(rules);
                case "disable-line" -> lines.computeIfAbsent(index.line(comment.start()), k -> new ArrayList<>()).add(rules);
                case "disable" -> {
                    state = state.disable(rules);
                    regions.add(new Region(comment.end(), state));
                }
                default -> {
                    state = state.enable(rules);
                    regions.add(new Region(comment.end(), state));
                }
            }
        }
        if (regions.isEmpty() && lines.isEmpty()) {
            return NONE;
        }
        return new Suppressions(List.copyOf(regions), lines, index, List.of());
    }

    private static Set<String> rules(String text) {
        int freeComment = text.indexOf("--");
        String list = freeComment >= 0 ? text.substring(0, freeComment) : text;
        Set<String> rules = new HashSet<>();
        for (String rule : list.trim().split("[\\s,]+")) {
            if (!rule.isEmpty()) {
                rules.add(rule.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(rules);
    }

    public boolean isEmpty() {
        return regions.isEmpty() && lines.isEmpty() && spans.isEmpty();
    }

    /** The findings that no suppression covers, in their order. */
    public List<Finding> apply(List<Finding> findings) {
        if (isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            if (!suppressed(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private boolean suppressed(Finding f) {
        for (Span span : spans) {
            if (f.start() >= span.from() && f.start() <= span.to() && (span.rules().isEmpty() || matches(span.rules(), f))) {
                return true;
            }
        }
        if (lineIndex == null) {
            return false;
        }
        for (Set<String> rules : lines.getOrDefault(lineIndex.line(f.start()), List.of())) {
            if (rules.isEmpty() || matches(rules, f)) {
                return true;
            }
        }
        State state = State.ENABLED;
        for (Region region : regions) {
            if (region.from() > f.start()) {
                break;
            }
            state = region.state();
        }
        return state.suppresses(f);
    }

    static boolean matches(Set<String> rules, Finding f) {
        return rules.contains(f.rule().toLowerCase(Locale.ROOT)) || rules.contains(f.category().id());
    }

    /** From offset {@code from} on (until the next region), {@code state} holds. */
    private record Region(int from, State state) {
    }

    /**
     * What is disabled: everything ({@code all}) except {@code reenabled}, plus {@code disabled}.
     */
    private record State(boolean all, Set<String> disabled, Set<String> reenabled) {
        static final State ENABLED = new State(false, Set.of(), Set.of());

        State disable(Set<String> rules) {
            if (rules.isEmpty()) {
                return new State(true, Set.of(), Set.of());
            }
            Set<String> off = new HashSet<>(disabled);
            off.addAll(rules);
            Set<String> on = new HashSet<>(reenabled);
            on.removeAll(rules);
            return new State(all, Set.copyOf(off), Set.copyOf(on));
        }

        State enable(Set<String> rules) {
            if (rules.isEmpty()) {
                return ENABLED;
            }
            Set<String> off = new HashSet<>(disabled);
            off.removeAll(rules);
            Set<String> on = new HashSet<>(reenabled);
            if (all) {
                on.addAll(rules);
            }
            return new State(all, Set.copyOf(off), Set.copyOf(on));
        }

        boolean suppresses(Finding f) {
            return (all && !matches(reenabled, f)) || matches(disabled, f);
        }
    }
}
