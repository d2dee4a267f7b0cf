package dev.unspin.originals;

import java.util.ArrayList;
import java.util.List;

/**
 * Word alignment of a copied sentence with its original: the longest common subsequence of their
 * tokens (compared lower-case), and what lies between its runs as changes. Changes separated only by
 * {@value #GLUE} or fewer function words or punctuation are one change, so that a multi-word swap
 * ("members of the family" for "relations") is one span and not several with a stray "of the"
 * matched between them. Reordered clauses show as changes; sentences are aligned one by one first,
 * so a reordering never reaches past its sentence.
 */
final class TokenDiff {
    /** Equal runs this short, of function words and punctuation only, are absorbed into the changes around them. */
    static final int GLUE = 2;
    /** Sentences longer than this (tokens, either side) are not aligned word by word: one change. */
    static final int MAX_TOKENS = 400;

    /** Copy tokens [copyFrom, copyTo) stand where the original had tokens [originalFrom, originalTo). */
    record Change(int copyFrom, int copyTo, int originalFrom, int originalTo) {
        boolean insertion() {
            return originalFrom == originalTo;
        }

        boolean deletion() {
            return copyFrom == copyTo;
        }
    }

    private TokenDiff() {
    }

    /** The changes that turn {@code original} into {@code copy}, in order. */
    static List<Change> changes(List<String> copy, List<String> original) {
        int n = copy.size();
        int m = original.size();
        if (n > MAX_TOKENS || m > MAX_TOKENS) {
            return List.of(new Change(0, n, 0, m));
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = copy.get(i).equals(original.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> raw = new ArrayList<>();
        int i = 0;
        int j = 0;
        int ci = 0;
        int cj = 0;
        while (i < n && j < m) {
            if (copy.get(i).equals(original.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                if (ci < i || cj < j) {
                    raw.add(new Change(ci, i, cj, j));
                }
                i++;
                j++;
                ci = i;
                cj = j;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        if (ci < n || cj < m) {
            raw.add(new Change(ci, n, cj, m));
        }
        return glued(raw, copy);
    }

    private static List<Change> glued(List<Change> raw, List<String> copy) {
        List<Change> out = new ArrayList<>();
        for (Change c : raw) {
            if (!out.isEmpty()) {
                Change last = out.get(out.size() - 1);
                int gap = c.copyFrom() - last.copyTo();
                if (gap <= GLUE && onlyGlue(copy, last.copyTo(), c.copyFrom())) {
                    out.set(out.size() - 1, new Change(last.copyFrom(), c.copyTo(), last.originalFrom(), c.originalTo()));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    private static boolean onlyGlue(List<String> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = tokens.get(k);
            if (!FunctionWords.contains(t) && Character.isLetterOrDigit(t.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
