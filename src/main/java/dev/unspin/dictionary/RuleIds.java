package dev.unspin.dictionary;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a dictionary rule id may look like, and the id unspin used to derive for an entry before
 * ids were written into the rule files ({@code <file stem>/<phrase slug>}, then {@code -2},
 * {@code -3}... by position). That old id is only ever suggested: to the author of an entry that
 * has no {@code id:}, so that configurations, suppressions and baselines naming it keep working,
 * and to {@code rules import-pps} for the entries it writes.
 */
public final class RuleIds {
    /** Two parts separated by one slash; letters, digits, '-', '_' and '.', each part starting with a letter or digit. */
    private static final Pattern FORMAT = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*/[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    /** Prefixes of the other detectors' rule ids. */
    private static final Set<String> RESERVED = Set.of("grammar", "model");

    private RuleIds() {
    }

    /** Why {@code id} cannot be a dictionary rule id, or null when it can. */
    static String problem(String id) {
        if (!FORMAT.matcher(id).matches()) {
            return "id '" + id + "' is not of the form group/name (letters, digits, '-', '_' or '.' on each side of one '/',"
                    + " no spaces), e.g. team/sunlit-vitality";
        }
        String prefix = id.substring(0, id.indexOf('/')).toLowerCase(Locale.ROOT);
        if (RESERVED.contains(prefix)) {
            return "id '" + id + "' starts with '" + prefix + "/', which names the " + prefix + " detector's rules";
        }
        return null;
    }

    /**
     * The id the entry used to get: {@code stem/slug}, made unique against {@code taken} (the ids of
     * the entries before it in its file) by appending -2, -3..., and added to {@code taken}.
     */
    public static String derived(String stem, String spun, Set<String> taken) {
        String group = FORMAT.matcher(stem + "/x").matches() ? stem : slug(stem);
        String base = group + "/" + slug(spun);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The phrase in lower case, its markers' braces dropped, every run of other characters than letters and digits a '-'. */
    static String slug(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[{}]", "").replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
