package dev.unspin.grammar;

import dev.unspin.text.Token;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cheap test that decides whether LanguageTool needs to see a sentence for one rule.
 *
 * <p>The anchor is the most selective run of plain tokens in the rule's pattern (a word or regular
 * expression, not negated, not inflected, no or-group, occurring exactly once and not skipping):
 * a sentence without that run cannot match the rule. Selectivity counts words over expressions
 * and expressions over punctuation, so "mentioned ." wins over ", \"" though both have two tokens. An occurrence of the run that lies wholly
 * inside a match of one of the rule's antipatterns made only of plain tokens cannot match either
 * (LanguageTool drops matches on tokens an antipattern covers), so it does not count. A rule
 * without any plain token has an empty anchor and is sent every sentence.
 */
final class RuleAnchor {
    private final List<Pattern> run;
    private final List<List<Pattern>> vetoes;

    private RuleAnchor(List<Pattern> run, List<List<Pattern>> vetoes) {
        this.run = run;
        this.vetoes = vetoes;
    }

    static RuleAnchor of(AbstractPatternRule rule) {
        List<List<Pattern>> vetoes = new ArrayList<>();
        if (rule instanceof org.languagetool.rules.patterns.PatternRule patternRule) {
            for (DisambiguationPatternRule anti : patternRule.getAntiPatterns()) {
                List<Pattern> whole = wholeRunOrNull(anti);
                if (whole != null) {
                    vetoes.add(whole);
                }
            }
        }
        return new RuleAnchor(mostSelectiveRun(rule.getPatternTokens()), vetoes);
    }

    private static List<Pattern> mostSelectiveRun(List<PatternToken> tokens) {
        List<Pattern> best = List.of();
        int bestScore = 0;
        List<Pattern> current = new ArrayList<>();
        int score = 0;
        for (PatternToken token : tokens) {
            if (isPlain(token)) {
                current.add(compile(token));
                score += selectivity(token);
                if (score > bestScore) {
                    best = List.copyOf(current);
                    bestScore = score;
                }
            } else {
                current.clear();
                score = 0;
            }
        }
        return best;
    }

    /** 3 for a literal word, 2 for an expression of words only, 1 for anything with punctuation. */
    private static int selectivity(PatternToken token) {
        String s = token.getString();
        boolean wordsOnly = s.chars().allMatch(c -> Character.isLetter(c) || c == '|' || c == ' ' || c == '-');
        if (!wordsOnly) {
            return 1;
        }
        return token.isRegularExpression() ? 2 : 3;
    }

    /** The antipattern as a run, if all its tokens are plain and it has no marker; else null. */
    private static List<Pattern> wholeRunOrNull(DisambiguationPatternRule anti) {
        if (anti.getStartPositionCorrection() != 0 || anti.getEndPositionCorrection() != 0) {
            return null;
        }
        List<Pattern> run = new ArrayList<>();
        for (PatternToken token : anti.getPatternTokens()) {
            if (!isPlain(token)) {
                return null;
            }
            run.add(compile(token));
        }
        return run.isEmpty() ? null : run;
    }

    private static boolean isPlain(PatternToken token) {
        String s = token.getString();
        return s != null && !s.isEmpty() && !token.getNegation() && !token.isInflected() && !token.hasOrGroup()
                && token.getSkipNext() == 0 && token.getMinOccurrence() == 1 && token.getMaxOccurrence() == 1
                && !token.isReferenceElement();
    }

    private static Pattern compile(PatternToken token) {
        String regex = token.isRegularExpression() ? token.getString() : Pattern.quote(token.getString());
        return token.isCaseSensitive() ? Pattern.compile(regex) : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether tokens [from, to) contain an occurrence of the anchor that no antipattern covers. */
    boolean foundIn(List<Token> tokens, int from, int to) {
        if (run.isEmpty()) {
            return true;
        }
        for (int start = from; start + run.size() <= to; start++) {
            if (runMatchesAt(run, tokens, start) && !vetoed(tokens, from, to, start)) {
                return true;
            }
        }
        return false;
    }

    private boolean vetoed(List<Token> tokens, int from, int to, int anchorStart) {
        int anchorEnd = anchorStart + run.size();
        for (List<Pattern> veto : vetoes) {
            for (int s = Math.max(from, anchorEnd - veto.size()); s <= anchorStart && s + veto.size() <= to; s++) {
                if (runMatchesAt(veto, tokens, s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean runMatchesAt(List<Pattern> run, List<Token> tokens, int start) {
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
        run.forEach(p -> parts.add(p.pattern()));
        return String.join(" ", parts) + (vetoes.isEmpty() ? "" : "  (" + vetoes.size() + " antipattern veto(es))");
    }
}
