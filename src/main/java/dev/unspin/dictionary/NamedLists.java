package dev.unspin.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The named lists of condition alternatives declared in the dictionary files loaded together
 * ({@code list: food-fingers = fish | chicken | ...}), and their use in a condition
 * ({@code not-prev: $food-fingers | pancake}): a reference stands for the list's alternatives,
 * as if they were written in its place. One namespace for all files loaded together.
 */
final class NamedLists {
    /** The sigil of a reference in a condition; '@' already marks part-of-speech tags, '#' classes. */
    static final String SIGIL = "$";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Map<String, NamedList> lists = new LinkedHashMap<>();

    /**
     * Declares a list from a {@code list:} line's value ({@code name = a | b | c}); problems (bad
     * name, empty or malformed alternatives, a name declared twice) are added with {@code location}.
     */
    void declare(String declaration, String location, List<String> problems) {
        int equals = declaration.indexOf('=');
        if (equals < 0) {
            problems.add(location + ": expected 'list: NAME = word | word | ...', got 'list: " + declaration + "'");
            return;
        }
        String name = declaration.substring(0, equals).strip();
        String value = declaration.substring(equals + 1).strip();
        if (!NAME.matcher(name).matches()) {
            problems.add(location + ": list name '" + name + "' must be lower-case letters and digits in words joined by"
                    + " '-' (e.g. food-words)");
            return;
        }
        List<String> alternatives;
        try {
            alternatives = alternatives(value);
            if (alternatives.stream().anyMatch(a -> a.startsWith(SIGIL) && a.length() > 1)) {
                throw new IllegalArgumentException("a list cannot name another list");
            }
            TokenCondition.parse(String.join(" | ", alternatives));
        } catch (IllegalArgumentException e) {
            problems.add(location + ": list '" + name + "': " + e.getMessage());
            return;
        }
        NamedList earlier = lists.get(name);
        if (earlier != null) {
            problems.add(location + ": list '" + name + "' is already declared at " + earlier.location());
            return;
        }
        lists.put(name, new NamedList(name, alternatives, location));
    }

    /**
     * A condition's alternatives with every {@code $name} replaced by that list's alternatives.
     *
     * @throws IllegalArgumentException for an unknown list
     */
    /** A list already checked (read back from the compiled dictionary). */
    void add(NamedList list) {
        lists.put(list.name(), list);
    }

    String expand(String condition) {
        List<String> expanded = new ArrayList<>();
        for (String alt : alternatives(condition)) {
            if (alt.startsWith(SIGIL) && alt.length() > 1) {
                NamedList list = lists.get(alt.substring(1));
                if (list == null) {
                    throw new IllegalArgumentException("unknown list '" + alt + "' (declare it in a dictionary file with"
                            + " 'list: " + alt.substring(1) + " = word | word | ...')");
                }
                expanded.addAll(list.alternatives());
            } else {
                expanded.add(alt);
            }
        }
        return String.join(" | ", expanded);
    }

    /** Every list, in the order declared. */
    List<NamedList> all() {
        return List.copyOf(lists.values());
    }

    Optional<NamedList> get(String name) {
        return Optional.ofNullable(lists.get(name));
    }

    private static List<String> alternatives(String value) {
        List<String> alternatives = new ArrayList<>();
        // split as TokenCondition does: a trailing '|' adds nothing
        for (String raw : value.split("\\|")) {
            String alt = raw.strip();
            if (alt.isEmpty()) {
                throw new IllegalArgumentException("empty alternative in '" + value + "'");
            }
            alternatives.add(alt);
        }
        return alternatives;
    }
}
