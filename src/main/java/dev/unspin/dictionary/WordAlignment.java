package dev.unspin.dictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * Where two phrases differ, word by word: the stretches between the words they share, aligned by
 * their longest common subsequence. "sooner than the tip" and "before the end" share "the", so
 * they differ in "sooner than" / "before" and in "tip" / "end".
 */
final class WordAlignment {
    /** One stretch that differs: {@code spun[spunFrom, spunTo)} stands where {@code fix[fixFrom, fixTo)} does; either may be empty. */
    record Difference(int spunFrom, int spunTo, int fixFrom, int fixTo) {
        boolean isWhole(String[] spun, String[] fix) {
            return spunFrom == 0 && fixFrom == 0 && spunTo == spun.length && fixTo == fix.length;
        }
    }

    private WordAlignment() {
    }

    static List<Difference> differences(String[] spun, String[] fix) {
        // common[i][j]: length of the longest common subsequence of spun[i..] and fix[j..]
        int[][] common = new int[spun.length + 1][fix.length + 1];
        for (int i = spun.length - 1; i >= 0; i--) {
            for (int j = fix.length - 1; j >= 0; j--) {
                common[i][j] = spun[i].equals(fix[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Difference> differences = new ArrayList<>();
        int i = 0;
        int j = 0;
        int spunStart = 0;
        int fixStart = 0;
        while (i < spun.length && j < fix.length) {
            if (spun[i].equals(fix[j]) && common[i][j] == common[i + 1][j + 1] + 1) {
                addIfDifferent(differences, spunStart, i, fixStart, j);
                i++;
                j++;
                spunStart = i;
                fixStart = j;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        addIfDifferent(differences, spunStart, spun.length, fixStart, fix.length);
        return differences;
    }

    private static void addIfDifferent(List<Difference> differences, int spunFrom, int spunTo, int fixFrom, int fixTo) {
        if (spunFrom < spunTo || fixFrom < fixTo) {
            differences.add(new Difference(spunFrom, spunTo, fixFrom, fixTo));
        }
    }
}
