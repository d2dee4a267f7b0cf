package dev.unspin.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProseRegisterTest {

    private static final String ARCHAIC = "And the king spake unto his servants, saying, Go ye into the city, and ask the elders"
            + " what thou hast heard of the matter. For he hath sent word that the gates shall be shut at evening, and"
            + " no man shall go out thereof until the morning. Wherefore the servants went forth and did as the king"
            + " commanded them, and they came again and told him all that they had seen and heard in the city.";

    private static final String PLAIN = "The city council voted on Tuesday to close the north gate to traffic in the evening,"
            + " after residents asked for quieter streets. The mayor said the change would be reviewed in the spring,"
            + " and that buses would still run through the south gate. Shop owners near the gate said they had not been"
            + " asked, and some worried that fewer people would come to the market after work on weekdays.";

    @Test
    void earlyModernEnglishIsArchaic() {
        assertEquals(ProseRegister.ARCHAIC, ProseRegister.of(Tokenizer.tokenize(ARCHAIC)));
    }

    @Test
    void modernProseIsPlain() {
        assertEquals(ProseRegister.PLAIN, ProseRegister.of(Tokenizer.tokenize(PLAIN)));
    }

    @Test
    void aQuotedVerseInModernProseStaysPlain() {
        String quoting = PLAIN + " One of them, a retired teacher, quoted a line she liked: \"Thou shalt not\". " + PLAIN + " " + PLAIN + " " + PLAIN;
        assertEquals(ProseRegister.PLAIN, ProseRegister.of(Tokenizer.tokenize(quoting)));
    }

    @Test
    void tooShortToTellIsPlain() {
        assertEquals(ProseRegister.PLAIN, ProseRegister.of(Tokenizer.tokenize("Thou hast said it unto them.")));
    }
}
