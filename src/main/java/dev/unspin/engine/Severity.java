package dev.unspin.engine;

/** How loudly a finding is reported; ordered from least to most severe. */
public enum Severity {
    INFO(0.25), WARNING(0.6), ERROR(1.0);

    private final double weight;

    Severity(double weight) {
        this.weight = weight;
    }

    /** The finding's weight in the document's spin score. */
    public double weight() {
        return weight;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Severity from confidence: 0.9 and above is an error, 0.6 and above a warning, else info. */
    public static Severity forConfidence(double confidence) {
        if (confidence >= 0.9) {
            return ERROR;
        }
        return confidence >= 0.6 ? WARNING : INFO;
    }
}
