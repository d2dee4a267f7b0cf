package dev.unspin.config;

import java.util.regex.Pattern;

/**
 * A path glob as in {@code .gitignore}: {@code *} matches within one path segment, {@code **} any
 * number of segments ({@code **}{@code /} also none), {@code ?} one character, {@code {a,b}}
 * alternatives, {@code [abc]} a character class. A glob without {@code /} matches a file's name at
 * any depth; one with {@code /} matches the path relative to the config file's folder (a leading
 * {@code /} is dropped). A glob that matches a folder matches everything under it.
 */
public final class Glob {
    private final String text;
    private final Pattern pattern;
    private final boolean anyDepth;

    private Glob(String text, Pattern pattern, boolean anyDepth) {
        this.text = text;
        this.pattern = pattern;
        this.anyDepth = anyDepth;
    }

    /** Compiles a glob; throws IllegalArgumentException with a reason if it is malformed. */
    public static Glob of(String glob) {
        String g = glob.strip();
        if (g.isEmpty()) {
            throw new IllegalArgumentException("empty glob");
        }
        while (g.endsWith("/") && g.length() > 1) {
            g = g.substring(0, g.length() - 1);
        }
        boolean anyDepth = !g.contains("/");
        if (g.startsWith("/")) {
            g = g.substring(1);
        }
        return new Glob(glob, Pattern.compile(toRegex(g, glob)), anyDepth);
    }

    /** Compiles a pattern for names without folders, such as rule ids: {@code *} stops at {@code /}. */
    static Pattern name(String glob) {
        return Pattern.compile(toRegex(glob, glob));
    }

    /** Whether {@code relative} ("a/b/c.md", '/'-separated) or one of its folders matches. */
    public boolean matches(String relative) {
        String[] parts = relative.split("/");
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            if (!prefix.isEmpty()) {
                prefix.append('/');
            }
            prefix.append(part);
            if (pattern.matcher(anyDepth ? part : prefix).matches()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String toRegex(String g, String original) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        i++;
                        if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
                            i++;
                            re.append("(?:.*/)?");
                        } else {
                            re.append(".*");
                        }
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        throw new IllegalArgumentException("unmatched '}' in glob '" + original + "'");
                    }
                    braces--;
                    re.append(')');
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '[' -> {
                    int end = g.indexOf(']', i + 2);
                    if (end < 0) {
                        throw new IllegalArgumentException("unmatched '[' in glob '" + original + "'");
                    }
                    String cls = g.substring(i + 1, end);
                    if (cls.startsWith("!")) {
                        cls = "^" + cls.substring(1);
                    }
                    re.append('[').append(cls.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = end;
                }
                case '\\' -> {
                    if (i + 1 < g.length()) {
                        re.append(Pattern.quote(String.valueOf(g.charAt(++i))));
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("unmatched '{' in glob '" + original + "'");
        }
        return re.toString();
    }
}
