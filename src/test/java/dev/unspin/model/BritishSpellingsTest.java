package dev.unspin.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BritishSpellingsTest {
    private static final TrigramModel MODEL = TrigramModel.openDefault();

    @ParameterizedTest
    @CsvSource({
            "favourable, favorable",
            "programmes, programs",
            "authorised, authorized",
            "defence, defense",
            "centre, center",
            "travelled, traveled",
            "enquiries, inquiries",
            "analysed, analyzed",
            "catalogue, catalog",
    })
    void readsABritishSpellingAsTheAmericanWord(String british, String american) {
        assertEquals(MODEL.id(american), BritishSpellings.americanId(british, MODEL));
    }

    @ParameterizedTest
    @CsvSource({"goalless", "zzzzour", "qwertyise"})
    void leavesOtherUnknownWordsUnknown(String word) {
        assertEquals(TrigramModel.UNKNOWN, BritishSpellings.americanId(word, MODEL));
    }
}
