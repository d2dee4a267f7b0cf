package dev.unspin.grammar;

import dev.unspin.text.Token;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cheap test that decides whether LanguageTool needs to see a sentence for one rule.
 *
 * <p>A rule's pattern is read as runs of plain tokens (a word or regular expression, not negated,
 * not inflected, no or-group, occurring exactly once, not skipping) separated by gaps of other
 * tokens whose minimum and maximum length the pattern fixes. A sentence can only match if it has
 * every run, in order, each within its gap of the one before ("mentioned", then within four tokens
 * "would|had|was|..."). An occurrence of the most selective run that lies wholly inside a match of
 * one of the rule's all-plain antipatterns does not count: LanguageTool drops matches on tokens an
 * antipattern covers. A rule without any plain token is sent every sentence.
 */
final class RuleAnchor {
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private final List<Run> runs;
    private final int selective;
    private final List<List<Pattern>> vetoes;

    private RuleAnchor(List<Run> runs, int selective, List<List<Pattern>> vetoes) {
        this.runs = runs;
        this.selective = selective;
        this.vetoes = vetoes;
    }

    static RuleAnchor of(AbstractPatternRule rule) {
        List<List<Pattern>> vetoes = new ArrayList<>();
        if (rule instanceof PatternRule patternRule) {
            for (DisambiguationPatternRule anti : patternRule.getAntiPatterns()) {
                List<Pattern> whole = wholeRunOrNull(anti);
                if (whole != null) {
                    vetoes.add(whole);
                }
            }
        }
        List<Run> runs = runsOf(rule.getPatternTokens());
        int selective = 0;
        for (int i = 1; i < runs.size(); i++) {
            if (runs.get(i).selectivity > runs.get(selective).selectivity) {
                selective = i;
            }
        }
        return new RuleAnchor(runs, selective, vetoes);
    }

    /** The plain runs of a pattern, each with the gap (in tokens) allowed since the previous run. */
    private static List<Run> runsOf(List<PatternToken> tokens) {
        List<Run> runs = new ArrayList<>();
        List<Pattern> current = new ArrayList<>();
        int selectivity = 0;
        int gapMin = 0;
        int gapMax = 0;
        for (PatternToken token : tokens) {
            if (isPlain(token)) {
                current.add(compile(token));
                selectivity += selectivity(token);
                continue;
            }
            if (!current.isEmpty()) {
                runs.add(new Run(List.copyOf(current), selectivity, gapMin, gapMax));
                current.clear();
                selectivity = 0;
                gapMin = 0;
                gapMax = 0;
            }
            gapMin += Math.max(0, token.getMinOccurrence());
            gapMax = token.getMaxOccurrence() < 0 || token.getSkipNext() != 0 || gapMax == UNBOUNDED
                    ? UNBOUNDED : gapMax + token.getMaxOccurrence();
        }
        if (!current.isEmpty()) {
            runs.add(new Run(List.copyOf(current), selectivity, gapMin, gapMax));
        }
        return runs;
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

    /** Whether tokens [from, to) hold every run in order, within its gaps, the selective one unvetoed. */
    boolean foundIn(List<Token> tokens, int from, int to) {
        return runs.isEmpty() || placeRun(0, tokens, from, to, from, to);
    }

    /** Tries to place run k starting anywhere in [earliest, latest]; then the runs after it. */
    private boolean placeRun(int k, List<Token> tokens, int from, int to, int earliest, int latest) {
        if (k == runs.size()) {
            return true;
        }
        Run run = runs.get(k);
        for (int start = earliest; start <= latest && start + run.tokens.size() <= to; start++) {
            if (!run.matchesAt(tokens, start) || k == selective && vetoed(tokens, from, to, start)) {
                continue;
            }
            int end = start + run.tokens.size();
            if (k + 1 == runs.size()) {
                return true;
            }
            Run next = runs.get(k + 1);
            int nextLatest = next.gapMax == UNBOUNDED ? to : Math.min(to, end + next.gapMax);
            if (placeRun(k + 1, tokens, from, to, end + next.gapMin, nextLatest)) {
                return true;
            }
        }
        return false;
    }

    private boolean vetoed(List<Token> tokens, int from, int to, int anchorStart) {
        int anchorEnd = anchorStart + runs.get(selective).tokens.size();
        for (List<Pattern> veto : vetoes) {
            for (int s = Math.max(from, anchorEnd - veto.size()); s <= anchorStart && s + veto.size() <= to; s++) {
                if (matchesAt(veto, tokens, s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(List<Pattern> run, List<Token> tokens, int start) {
        for (int k = 0; k < run.size(); k++) {
            if (!run.get(k).matcher(tokens.get(start + k).text()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Writes the anchor for {@link #read} (the packaged rules' anchors, compiled by the build: {@link CompiledAnchors}). */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(runs.size());
        for (Run run : runs) {
            writePatterns(out, run.tokens);
            out.writeInt(run.selectivity);
            out.writeInt(run.gapMin);
            out.writeInt(run.gapMax);
        }
        out.writeInt(selective);
        out.writeInt(vetoes.size());
        for (List<Pattern> veto : vetoes) {
            writePatterns(out, veto);
        }
    }

    static RuleAnchor read(DataInputStream in) throws IOException {
        int runCount = in.readInt();
        List<Run> runs = new ArrayList<>(runCount);
        for (int i = 0; i < runCount; i++) {
            runs.add(new Run(readPatterns(in), in.readInt(), in.readInt(), in.readInt()));
        }
        int selective = in.readInt();
        int vetoCount = in.readInt();
        List<List<Pattern>> vetoes = new ArrayList<>(vetoCount);
        for (int i = 0; i < vetoCount; i++) {
            vetoes.add(readPatterns(in));
        }
        return new RuleAnchor(runs, selective, vetoes);
    }

    private static void writePatterns(DataOutputStream out, List<Pattern> patterns) throws IOException {
        out.writeInt(patterns.size());
        for (Pattern p : patterns) {
            out.writeUTF(p.pattern());
            out.writeInt(p.flags());
        }
    }

    private static List<Pattern> readPatterns(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Pattern> patterns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            patterns.add(Pattern.compile(in.readUTF(), in.readInt()));
        }
        return List.copyOf(patterns);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Run run : runs) {
            List<String> tokens = new ArrayList<>();
            run.tokens.forEach(p -> tokens.add(p.pattern()));
            String gap = run == runs.get(0) ? "" : "… ";
            parts.add(gap + String.join(" ", tokens));
        }
        return String.join(" ", parts) + (vetoes.isEmpty() ? "" : "  (" + vetoes.size() + " antipattern veto(es))");
    }

    /** Consecutive plain tokens, and how many tokens may stand between the previous run and this one. */
    private record Run(List<Pattern> tokens, int selectivity, int gapMin, int gapMax) {
        boolean matchesAt(List<Token> sentence, int start) {
            return RuleAnchor.matchesAt(tokens, sentence, start);
        }
    }
}
