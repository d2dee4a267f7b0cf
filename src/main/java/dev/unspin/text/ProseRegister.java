package dev.unspin.text;

import java.util.List;
import java.util.Set;

/**
 * A cheap estimate of a document's register, from features a spinner does not change: words it
 * never swaps. {@link #ARCHAIC}: Early Modern English (the King James Bible, Shakespeare, older
 * sermons), recognised by its second-person and verb forms ("thou", "hath", "unto") at
 * {@value #ARCHAIC_PER_1000_WORDS} or more per 1,000 words; {@link #PLAIN}: everything else.
 * Archaic prose prefers words whose modern synonyms are far commoner ("slew", "smote", "compassed"),
 * which is exactly the weak evidence the model detector pools, so the judgement asks more of it.
 *
 * <p>Measured with {@code scripts/unspin-dev eval-heldout} (docs/quality.md): every 500-word slice
 * of the King James Bible's narrative books but a few genealogies reaches the rate (median 45 per
 * 1,000 words); no Brown corpus or Python documentation slice reaches 13.
 */
public enum ProseRegister {
    PLAIN, ARCHAIC;

    /** Archaic forms per 1,000 words from which prose counts as archaic. */
    public static final double ARCHAIC_PER_1000_WORDS = 10;
    /** Fewer words than this are too few to tell; such a text is plain. */
    static final int MIN_WORDS = 50;

    /** Early Modern English forms that modern prose uses only in quotation. */
    private static final Set<String> ARCHAIC_FORMS = Set.of("thee", "thou", "thy", "thine", "ye", "hath", "doth",
            "unto", "shalt", "saith", "hast", "spake", "wilt", "thereof", "wherefore", "dost");

    /** The register of a text given as its tokens. */
    public static ProseRegister of(List<Token> tokens) {
        int words = 0;
        int archaic = 0;
        for (Token token : tokens) {
            if (token.isWord()) {
                words++;
                if (ARCHAIC_FORMS.contains(token.lower())) {
                    archaic++;
                }
            }
        }
        return words >= MIN_WORDS && archaic * 1000.0 / words >= ARCHAIC_PER_1000_WORDS ? ARCHAIC : PLAIN;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
