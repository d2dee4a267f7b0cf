package dev.unspin.grammar;

import dev.unspin.text.Token;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The cheap test that decides whether LanguageTool needs to see a sentence for one rule: the
 * longest run of plain tokens in the rule's pattern (a word or regular expression, not negated,
 * not inflected, occurring exactly once). A sentence without that run cannot match the rule, so
 * it is never analysed. A rule without any plain token has an empty anchor and matches everywhere.
 */
final class RuleAnchor {
    private final List<Pattern> run;

    private RuleAnchor(List<Pattern> run) {
        this.run = run;
    }

    static RuleAnchor of(AbstractPatternRule rule) {
        List<Pattern> best = List.of();
        List<Pattern> current = new ArrayList<>();
        for (PatternToken token : rule.getPatternTokens()) {
            if (isPlain(token)) {
                current.add(compile(token));
                if (current.size() > best.size()) {
                    best = List.copyOf(current);
                }
            } else {
                current.clear();
            }
        }
        return new RuleAnchor(best);
    }

    private static boolean isPlain(PatternToken token) {
        String s = token.getString();
        return s != null && !s.isEmpty() && !token.getNegation() && !token.isInflected()
                && token.getMinOccurrence() == 1 && token.getMaxOccurrence() == 1 && !token.isReferenceElement();
    }

    private static Pattern compile(PatternToken token) {
        String s = token.getString();
        String regex = token.isRegularExpression() ? s : Pattern.quote(s);
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean matchesEverything() {
        return run.isEmpty();
    }

    /** Whether tokens [from, to) contain the anchor run. */
    boolean foundIn(List<Token> tokens, int from, int to) {
        if (run.isEmpty()) {
            return true;
        }
        for (int start = from; start + run.size() <= to; start++) {
            if (runMatchesAt(tokens, start)) {
                return true;
            }
        }
        return false;
    }

    private boolean runMatchesAt(List<Token> tokens, int start) {
        for (int k = 0; k < run.size(); k++) {
            if (!run.get(k).matcher(tokens.get(start + k).text()).matches()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        run.forEach(p -> parts.add(p.pattern().toLowerCase(Locale.ROOT)));
        return String.join(" ", parts);
    }
}
