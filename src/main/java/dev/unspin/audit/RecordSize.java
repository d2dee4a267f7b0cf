package dev.unspin.audit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest record an audit reads (--max-record-size): the bytes of a JSON Lines line, a CSV
 * record, a page in a directory (after gunzipping) or an RSS/Atom item's text. A larger record is
 * not read into memory: it becomes one failed line with {@link #tooLarge}.
 */
public final class RecordSize {
    /** 20 MiB. */
    public static final long DEFAULT = 20L << 20;
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?)(?:I?B)?", Pattern.CASE_INSENSITIVE);

    private RecordSize() {
    }

    /** A size such as 20M, 512K, 1G (binary units) or a number of bytes. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--max-record-size expects a size such as 20M, 512K or 1G, got '" + text + "'");
        }
        long value;
        try {
            value = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-record-size is too large: '" + text + "'");
        }
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        if (value < 1 || value > (Integer.MAX_VALUE - 16L) >> shift) {
            throw new IllegalArgumentException("--max-record-size must be between 1 byte and 2G, got '" + text + "'");
        }
        return value << shift;
    }

    /** The reason a record of {@code bytes} is failed. */
    public static String tooLarge(long bytes, long max) {
        return "record too large: " + describe(bytes) + " is over the record size limit of " + describe(max)
                + " (--max-record-size); not checked";
    }

    /** A size for people: bytes below 1 KiB, else KiB, MiB or GiB with one decimal. */
    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
