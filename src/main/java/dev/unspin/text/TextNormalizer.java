package dev.unspin.text;

/**
 * Builds the matching view of a text. Case is kept (tokens carry their own lower-case form);
 * what is folded: curly quotes and primes to straight ones, dashes and minus signs to '-',
 * exotic spaces to ' ', the ellipsis character to "...", and invisible characters (BOM,
 * soft hyphen, zero-width spaces and joiners) are dropped. With a {@link ProseMask}, every
 * character that is not prose becomes a space (a line break stays one) and every block break a
 * blank line ("\n\n", both characters mapping to the one original character).
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static NormalizedText normalize(String original) {
        return normalize(original, ProseMask.NONE);
    }

    public static NormalizedText normalize(String original, ProseMask mask) {
        boolean[] masked = mask.isEmpty() ? null : mask.nonProseFlags(original.length());
        boolean[] breaks = mask.isEmpty() ? null : mask.breakFlags(original.length());
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 2];
        int[] ends = new int[original.length() + 2];
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            String replacement;
            if (masked != null && (masked[i] || c == '\n') && breaks[i]) {
                replacement = "\n\n";
            } else if (masked != null && masked[i]) {
                replacement = c == '\n' || c == '\r' ? null : " ";
            } else {
                replacement = needsFolding(c) ? fold(c) : null;
            }
            int length = replacement == null ? 1 : replacement.length();
            for (int k = 0; k < length; k++) {
                int at = out.length();
                if (at >= starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                out.append(replacement == null ? c : replacement.charAt(k));
                starts[at] = i;
                ends[at] = i + 1;
            }
        }
        return new NormalizedText(out.toString(), starts, ends);
    }

    private static boolean needsFolding(char c) {
        return c >= '\u2000' || c == '\u00A0' || c == '\u00AD';
    }

    private static String fold(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
                return "\"";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return "-";
            case '\u00A0': case '\u2002': case '\u2003': case '\u2004': case '\u2005': case '\u2006':
            case '\u2007': case '\u2008': case '\u2009': case '\u200A': case '\u202F': case '\u205F': case '\u3000':
                return " ";
            case '\u2026':
                return "...";
            case '\uFEFF': case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\u2060':
                return "";
            default:
                return String.valueOf(c);
        }
    }
}
