package dev.unspin.rulepack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The query syntax of the Problematic Paper Screener's tortured-phrase column: phrases, plain or in
 * double quotes, combined with {@code AND}, {@code OR}, {@code NOT} (upper case) and parentheses;
 * terms side by side without an operator are ANDed, and unquoted words side by side form one
 * phrase. A query is turned into its alternatives (disjunctive normal form): each is the phrases
 * a text must contain and those it must not.
 */
public final class PpsQuery {
    private PpsQuery() {
    }

    /** One alternative: phrases that must all occur, and phrases that must not. */
    public record Alternative(List<String> required, List<String> excluded) {
    }

    /** Parses a query into its alternatives; throws IllegalArgumentException when it is malformed. */
    public static List<Alternative> alternatives(String query) {
        Parser parser = new Parser(tokenize(query));
        List<Conjunction> dnf = parser.or();
        if (parser.pos < parser.tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.pos).text + "'");
        }
        List<Alternative> result = new ArrayList<>();
        for (Conjunction c : dnf) {
            if (c.required.stream().anyMatch(p -> c.excluded.stream().anyMatch(p::equalsIgnoreCase))) {
                continue; // "x AND NOT x" never matches
            }
            Alternative alternative = new Alternative(List.copyOf(c.required), List.copyOf(c.excluded));
            if (!result.contains(alternative)) {
                result.add(alternative);
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("the query can never match");
        }
        return result;
    }

    private enum Kind { PHRASE, AND, OR, NOT, OPEN, CLOSE }

    private record Token(Kind kind, String text) {
    }

    private static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        String q = query.replace('\u201C', '"').replace('\u201D', '"');
        int i = 0;
        StringBuilder words = new StringBuilder();
        while (i < q.length()) {
            char c = q.charAt(i);
            if (c == '"') {
                flush(words, tokens);
                int close = q.indexOf('"', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("a quoted phrase is never closed");
                }
                String phrase = q.substring(i + 1, close).strip().replaceAll("\\s+", " ");
                if (phrase.isEmpty()) {
                    throw new IllegalArgumentException("empty quoted phrase");
                }
                tokens.add(new Token(Kind.PHRASE, phrase));
                i = close + 1;
            } else if (c == '(' || c == ')') {
                flush(words, tokens);
                tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c)));
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
                if (words.length() > 0) {
                    words.append(' ');
                }
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && "\"()".indexOf(q.charAt(end)) < 0) {
                    end++;
                }
                String word = q.substring(i, end);
                if (word.equals("AND") || word.equals("OR") || word.equals("NOT")) {
                    flush(words, tokens);
                    tokens.add(new Token(Kind.valueOf(word), word));
                } else {
                    words.append(word);
                }
                i = end;
            }
        }
        flush(words, tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty query");
        }
        return tokens;
    }

    private static void flush(StringBuilder words, List<Token> tokens) {
        String phrase = words.toString().strip().replaceAll("\\s+", " ");
        if (!phrase.isEmpty()) {
            tokens.add(new Token(Kind.PHRASE, phrase));
        }
        words.setLength(0);
    }

    /** A conjunction of literals: phrases required and excluded. */
    private record Conjunction(Set<String> required, Set<String> excluded) {
        static Conjunction of(String phrase, boolean positive) {
            Conjunction c = new Conjunction(new LinkedHashSet<>(), new LinkedHashSet<>());
            (positive ? c.required : c.excluded).add(phrase);
            return c;
        }

        Conjunction and(Conjunction other) {
            Conjunction c = new Conjunction(new LinkedHashSet<>(required), new LinkedHashSet<>(excluded));
            c.required.addAll(other.required);
            c.excluded.addAll(other.excluded);
            return c;
        }
    }

    private static final class Parser {
        final List<Token> tokens;
        int pos;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        private Kind peek() {
            return pos < tokens.size() ? tokens.get(pos).kind : null;
        }

        List<Conjunction> or() {
            List<Conjunction> result = new ArrayList<>(and());
            while (peek() == Kind.OR) {
                pos++;
                result.addAll(and());
            }
            return result;
        }

        List<Conjunction> and() {
            List<Conjunction> result = not();
            while (peek() == Kind.AND || peek() == Kind.NOT || peek() == Kind.PHRASE || peek() == Kind.OPEN) {
                if (peek() == Kind.AND) {
                    pos++;
                }
                List<Conjunction> right = not();
                List<Conjunction> product = new ArrayList<>();
                for (Conjunction l : result) {
                    for (Conjunction r : right) {
                        product.add(l.and(r));
                    }
                }
                result = product;
            }
            return result;
        }

        List<Conjunction> not() {
            if (peek() == Kind.NOT) {
                pos++;
                return negate(not());
            }
            return primary();
        }

        List<Conjunction> primary() {
            Kind kind = peek();
            if (kind == Kind.PHRASE) {
                return List.of(Conjunction.of(tokens.get(pos++).text, true));
            }
            if (kind == Kind.OPEN) {
                pos++;
                List<Conjunction> inner = or();
                if (peek() != Kind.CLOSE) {
                    throw new IllegalArgumentException("a '(' is never closed");
                }
                pos++;
                return inner;
            }
            throw new IllegalArgumentException(kind == null ? "the query ends where a phrase was expected"
                    : "'" + tokens.get(pos).text + "' where a phrase was expected");
        }

        /** NOT (c1 OR c2 ...) = NOT c1 AND NOT c2 ...; NOT (a AND NOT b) = NOT a OR b. */
        private static List<Conjunction> negate(List<Conjunction> dnf) {
            List<Conjunction> result = List.of(new Conjunction(new LinkedHashSet<>(), new LinkedHashSet<>()));
            for (Conjunction c : dnf) {
                List<Conjunction> negated = new ArrayList<>();
                c.required.forEach(p -> negated.add(Conjunction.of(p, false)));
                c.excluded.forEach(p -> negated.add(Conjunction.of(p, true)));
                List<Conjunction> product = new ArrayList<>();
                for (Conjunction l : result) {
                    for (Conjunction r : negated) {
                        product.add(l.and(r));
                    }
                }
                result = product;
            }
            return result;
        }
    }
}
