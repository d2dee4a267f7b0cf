package dev.unspin.bitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, as values: digits in any width (full-width digits are read as ASCII),
 * with the language's thousands separator and decimal mark (a decimal comma in de, fr, es and the
 * other continental languages, a decimal point in English, Chinese and Japanese), scaled by what
 * follows them ({@code 3万} is 30,000, {@code 1.2亿} 120 million, {@code 2 Mio.} two million,
 * {@code 3.5 billion}); Chinese and Japanese numerals ({@code 三千五百}, {@code 两万}, {@code 二〇二三});
 * and in English, number words, ordinals and month names.
 *
 * <p>A number is <em>strict</em> when written in digits: a translation must keep it. Numerals and
 * words are <em>soft</em>: they can stand for a number on the other side but are never reported
 * missing or added ({@code 一} is as often "a" as "one", "May" a verb as a month).
 */
public final class Numbers {
    /** One number found: its value, where it is written (text offsets) and whether it is strict. */
    public record Found(double value, int start, int end, boolean strict, boolean scaled) {
    }

    private static final Set<String> DECIMAL_COMMA = Set.of("de", "fr", "es", "it", "pt", "nl", "ru", "pl", "cs", "sk", "sv", "da",
            "fi", "nb", "no", "nn", "tr", "id", "ro", "hu", "uk", "el", "bg", "hr", "sl", "sr", "lt", "lv", "et", "ca", "gl", "eu", "vi");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,'\u00A0\u202F]\\d+)*");
    /** Digits as written where a space groups thousands (fr, ru, pl, sv...): {@code 1 299,00}. */
    private static final Pattern SPACED_DIGITS = Pattern.compile("\\d+(?:(?:[.,'\u00A0\u202F]|\u0020(?=\\d{3}(?!\\d)))\\d+)*");
    private static final Pattern SCALE_WORD = Pattern.compile("\\s?(thousand|million|billion|trillion|bn|mn|tsd\\.?|tausend"
            + "|mio\\.?|millionen|million|mrd\\.?|milliarden?|millions?|milliards?|mill(?:ón|ones)|mil millones|mil)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("thousand", 1e3), Map.entry("tsd", 1e3),
            Map.entry("tausend", 1e3), Map.entry("mil", 1e3), Map.entry("million", 1e6), Map.entry("mn", 1e6), Map.entry("mio", 1e6),
            Map.entry("millionen", 1e6), Map.entry("millions", 1e6), Map.entry("millón", 1e6), Map.entry("millones", 1e6),
            Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("mrd", 1e9), Map.entry("milliarde", 1e9),
            Map.entry("milliarden", 1e9), Map.entry("milliard", 1e9), Map.entry("milliards", 1e9), Map.entry("mil millones", 1e9),
            Map.entry("trillion", 1e12));
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");
    private static final String CJK_NUMERALS = "零〇一二两兩三四五六七八九十百千万萬亿億兆";
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:-[A-Za-z]+)?");
    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("once", 1), Map.entry("twice", 2), Map.entry("thrice", 3),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("a", 1), Map.entry("an", 1));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2),
            Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Long> MULTIPLIERS = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

    private Numbers() {
    }

    /** Whether a language writes decimals with a comma (de, fr, es, ...). */
    public static boolean decimalComma(String language) {
        return DECIMAL_COMMA.contains(language.toLowerCase(Locale.ROOT));
    }

    /**
     * The numbers of a text in a language (an ISO 639-1 code; "en" for the translation; "" when unknown:
     * then a lone comma or point is a decimal mark unless three digits follow it).
     */
    public static List<Found> in(String text, String language) {
        String digits = asciiDigits(text);
        char decimal = language.isEmpty() ? '?' : decimalComma(language) ? ',' : '.';
        List<Found> found = new ArrayList<>();
        Matcher m = (decimal == '.' ? DIGITS : SPACED_DIGITS).matcher(digits);
        while (m.find()) {
            boolean glued = m.start() > 0 && isLatinLetterOrHyphenAfterLetter(digits, m.start());
            for (Found f : values(digits, m.start(), m.end(), decimal)) {
                found.add(scaled(digits, f, glued));
            }
        }
        List<Found> digitNumbers = List.copyOf(found);
        for (int i = 0; i < text.length(); i++) {
            if (CJK_NUMERALS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            int start = i;
            while (i < text.length() && CJK_NUMERALS.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            double value = cjkValue(text.substring(start, i));
            if (value >= 0) {
                found.add(new Found(value, start, i, false, value >= 10_000));
            }
        }
        if (language.equals("en")) {
            words(text, found);
        }
        found.removeIf(f -> !f.strict() && digitNumbers.stream().anyMatch(d -> d != f && d.start() < f.end() && f.start() < d.end()));
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static boolean isLatinLetterOrHyphenAfterLetter(String s, int at) {
        char before = s.charAt(at - 1);
        if (before < 128 && Character.isLetter(before)) {
            return true;
        }
        return (before == '-' || before == '‑') && at >= 2 && s.charAt(at - 2) < 128 && Character.isLetter(s.charAt(at - 2));
    }

    /** The text with full-width digits, points and commas between digits written in ASCII (same length). */
    static String asciiDigits(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
            }
        }
        for (int i = 1; i + 1 < chars.length; i++) {
            if ((chars[i] == '．' || chars[i] == '，') && Character.isDigit(chars[i - 1]) && chars[i + 1] >= '0' && chars[i + 1] <= '9') {
                chars[i] = chars[i] == '．' ? '.' : ',';
            }
        }
        return new String(chars);
    }

    /**
     * The values written in one run of digits and separators: one number when the separators read as
     * thousands groups and at most one decimal mark, else each run of digits on its own ({@code 1,2,3}).
     */
    private static List<Found> values(String s, int start, int end, char languageDecimal) {
        String run = s.substring(start, end);
        List<Integer> separators = new ArrayList<>();
        for (int i = 0; i < run.length(); i++) {
            if (!Character.isDigit(run.charAt(i))) {
                separators.add(i);
            }
        }
        if (separators.isEmpty()) {
            return List.of(new Found(Double.parseDouble(run), start, end, true, false));
        }
        int last = separators.get(separators.size() - 1);
        char lastMark = run.charAt(last);
        boolean bothMarks = run.indexOf('.') >= 0 && run.indexOf(',') >= 0;
        boolean lone = separators.size() == 1 && run.length() - last - 1 != 3 && (lastMark == '.' || lastMark == ',');
        char decimal = bothMarks && run.indexOf(lastMark) == last ? lastMark : languageDecimal == '?' && lone ? lastMark
                : languageDecimal;
        boolean lastIsDecimal = lastMark == decimal || languageDecimal == ',' && lastMark == '.' && lone;
        boolean grouped = true;
        for (int k = 0; k < separators.size() - (lastIsDecimal ? 1 : 0); k++) {
            int sep = separators.get(k);
            int next = k + 1 < separators.size() ? separators.get(k + 1) : run.length();
            grouped &= next - sep - 1 == 3 && run.charAt(sep) != decimal;
        }
        if (grouped) {
            StringBuilder plain = new StringBuilder();
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                if (Character.isDigit(c)) {
                    plain.append(c);
                } else if (lastIsDecimal && i == last) {
                    plain.append('.');
                }
            }
            return List.of(new Found(Double.parseDouble(plain.toString()), start, end, true, false));
        }
        List<Found> parts = new ArrayList<>();
        Matcher digits = DIGIT_RUN.matcher(run);
        while (digits.find()) {
            parts.add(new Found(Double.parseDouble(digits.group()), start + digits.start(), start + digits.end(), true, false));
        }
        return parts;
    }

    /** The number times the scale that follows it (万, 亿, million, Mio.), its span widened to the scale. */
    private static Found scaled(String s, Found f, boolean glued) {
        int end = f.end();
        double value = f.value();
        boolean scaled = false;
        if (s.startsWith("年代", end) && value < 100 && value % 10 == 0) {
            return new Found(1900 + value, f.start(), end + 2, false, false); // 80年代: the 1980s (or the 2080s...): soft
        }
        if (end < s.length() && "万萬亿億千".indexOf(s.charAt(end)) >= 0) {
            while (end < s.length() && "万萬亿億千".indexOf(s.charAt(end)) >= 0) {
                value *= cjkUnit(s.charAt(end));
                end++;
            }
            scaled = true;
        } else {
            Matcher scale = SCALE_WORD.matcher(s).region(end, s.length());
            if (scale.lookingAt()) {
                String word = scale.group(1).toLowerCase(Locale.ROOT).replace(".", "");
                Double factor = SCALES.get(word);
                if (factor != null) {
                    value *= factor;
                    end = scale.end();
                    scaled = true;
                }
            }
        }
        return new Found(value, f.start(), end, !glued, scaled);
    }

    private static double cjkUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1_000;
            case '万', '萬' -> 10_000;
            case '亿', '億' -> 100_000_000;
            case '兆' -> 1_000_000_000_000.0;
            default -> 1;
        };
    }

    private static int cjkDigit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两', '兩' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** The value of a run of Chinese/Japanese numerals ({@code 三千五百万}, {@code 十五}, {@code 二〇二三}); -1 when it is only units. */
    static double cjkValue(String run) {
        boolean hasUnit = false;
        for (char c : run.toCharArray()) {
            hasUnit |= cjkDigit(c) < 0;
        }
        if (!hasUnit) {
            double value = 0;
            for (char c : run.toCharArray()) {
                value = value * 10 + cjkDigit(c);
            }
            return value;
        }
        double total = 0;
        double section = 0;
        double number = -1;
        for (char c : run.toCharArray()) {
            int d = cjkDigit(c);
            if (d >= 0) {
                number = d;
                continue;
            }
            double unit = cjkUnit(c);
            if (unit < 10_000) {
                section += (number < 0 ? 1 : number) * unit;
            } else if (unit == 10_000) {
                total += Math.max(section + Math.max(number, 0), 1) * unit;
                section = 0;
            } else {
                total = Math.max(total + section + Math.max(number, 0), 1) * unit;
                section = 0;
            }
            number = -1;
        }
        double value = total + section + Math.max(number, 0);
        return value == 0 && run.chars().noneMatch(c -> c == '零' || c == '〇') ? -1 : value;
    }

    /** English number words, ordinals and month names, all soft. */
    private static void words(String text, List<Found> found) {
        Matcher w = WORD.matcher(text);
        long current = -1;
        long total = 0;
        int runStart = -1;
        int runEnd = -1;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            Integer month = MONTHS.get(word);
            if (month != null && !word.equals("may") || word.equals("may") && Character.isUpperCase(w.group().charAt(0))) {
                found.add(new Found(month, w.start(), w.end(), false, false));
            }
            long small = smallValue(word);
            Long multiplier = MULTIPLIERS.get(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            boolean adjacent = runEnd >= 0 && text.substring(runEnd, w.start()).matches("\\s*|\\s+and\\s+|-");
            if (small >= 0 || multiplier != null) {
                if (!adjacent && runStart >= 0) {
                    found.add(new Found(total + Math.max(current, 0), runStart, runEnd, false, total > 0));
                    total = 0;
                    current = -1;
                    runStart = -1;
                }
                if (runStart < 0) {
                    runStart = w.start();
                }
                if (small >= 0) {
                    current = Math.max(current, 0) + small;
                } else if (multiplier == 100) {
                    current = Math.max(current, 1) * 100;
                } else {
                    total += Math.max(current, 1) * multiplier;
                    current = -1;
                }
                runEnd = w.end();
            } else if (!word.equals("and") && runStart >= 0) {
                found.add(new Found(total + Math.max(current, 0), runStart, runEnd, false, total > 0));
                total = 0;
                current = -1;
                runStart = -1;
                runEnd = -1;
            }
        }
        if (runStart >= 0) {
            found.add(new Found(total + Math.max(current, 0), runStart, runEnd, false, total > 0));
        }
    }

    private static long smallValue(String word) {
        Integer v = SMALL.get(word);
        if (v != null) {
            return v;
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Integer tens = SMALL.get(word.substring(0, hyphen));
            Integer units = SMALL.get(word.substring(hyphen + 1));
            if (tens != null && units != null && tens >= 20 && units < 10) {
                return tens + units;
            }
        }
        return -1;
    }
}
