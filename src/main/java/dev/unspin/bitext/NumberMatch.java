package dev.unspin.bitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The numbers of a source and its translation paired by value: what the translation added (a
 * strict target number no source number stands for) and what it dropped (a strict source number no
 * target number stands for). Digits pair first with digits, then with numerals and words.
 */
record NumberMatch(List<Numbers.Found> missing, List<Numbers.Found> added) {

    static NumberMatch of(List<Numbers.Found> source, List<Numbers.Found> target) {
        List<Numbers.Found> sourceLeft = new ArrayList<>(source);
        List<Numbers.Found> targetLeft = new ArrayList<>(target);
        pair(sourceLeft, targetLeft, true, true);
        pair(sourceLeft, targetLeft, false, true);
        pair(sourceLeft, targetLeft, true, false);
        return new NumberMatch(sourceLeft.stream().filter(Numbers.Found::strict).toList(),
                targetLeft.stream().filter(Numbers.Found::strict).toList());
    }

    /** Removes pairs of equal value, a source number strict or not and a target number strict or not. */
    private static void pair(List<Numbers.Found> source, List<Numbers.Found> target, boolean sourceStrict, boolean targetStrict) {
        for (int i = 0; i < target.size(); i++) {
            Numbers.Found t = target.get(i);
            if (t.strict() != targetStrict) {
                continue;
            }
            for (int j = 0; j < source.size(); j++) {
                Numbers.Found s = source.get(j);
                if (s.strict() == sourceStrict && same(s.value(), t.value())) {
                    source.remove(j);
                    target.remove(i);
                    i--;
                    break;
                }
            }
        }
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** A source number written the English way: 1,234.5 for de's 1.234,5; 2023 stays 2023. */
    static String english(Numbers.Found number, String source, String language) {
        String written = Numbers.asciiDigits(source.substring(number.start(), number.end()));
        double value = number.value();
        boolean grouped = (written.matches(".*\\d[.,' \u00A0\u202F]\\d{3}(?!\\d).*") || number.scaled()) && value >= 1000;
        int decimals = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([.,])(\\d+)$").matcher(written);
        boolean unknown = language.isEmpty();
        if (m.find() && (unknown ? m.group(2).length() != 3 : m.group(1).charAt(0) == (Numbers.decimalComma(language) ? ',' : '.'))) {
            decimals = m.group(2).length();
        }
        if (value != Math.rint(value)) {
            String plain = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            decimals = Math.max(decimals, plain.length() - plain.indexOf('.') - 1);
        }
        return String.format(Locale.ROOT, grouped ? "%,." + decimals + "f" : "%." + decimals + "f", value);
    }
}
