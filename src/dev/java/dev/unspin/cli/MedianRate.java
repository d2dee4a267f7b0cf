package dev.unspin.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/** A benchmark figure: the median rate of several measured rounds after a warm-up round. */
final class MedianRate {
    private MedianRate() {
    }

    /** Runs {@code round} (which returns a rate) once to warm up, then {@code rounds} times; describes the median. */
    static String of(int rounds, String unit, DoubleSupplier round) {
        round.getAsDouble();
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            rates[r] = round.getAsDouble();
        }
        Arrays.sort(rates);
        return String.format(Locale.ROOT, "%,.0f %s (median of %d rounds; min %,.0f, max %,.0f)",
                rates[rounds / 2], unit, rounds, rates[0], rates[rounds - 1]);
    }
}
