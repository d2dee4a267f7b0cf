package dev.unspin.cli;

import dev.unspin.config.SourceLanguage;
import dev.unspin.fixtures.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --source-language takes ISO 639-1 codes only; an unknown one is refused with close ones, and a rare language's
 * code that is also a country code is taken with a note naming the country's language.
 */
class SourceLanguageCliTest {
    @TempDir
    Path dir;

    private CliRun check(String language) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--source-language", language, "--rules",
                TestRules.copyInto(dir).toString(), "--detectors", "dictionary", "-"));
        return CliRun.of(TestRules.SPUN, args);
    }

    @Test
    void aCountryCodeIsRefusedWithItsLanguage() throws Exception {
        CliRun run = check("jp");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("unknown ISO 639-1 code 'jp'; did you mean ja"), run.err());
    }

    @Test
    void anUnknownCodeIsRefusedWithCloseOnes() throws Exception {
        CliRun run = check("xx");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("unknown ISO 639-1 code 'xx'; did you mean xh?"), run.err());
    }

    @Test
    void aKnownCodeIsTakenInAnyCase() throws Exception {
        CliRun run = check("DE");
        assertEquals(1, run.code());
        assertFalse(run.err().contains("note:"), run.err());
    }

    @Test
    void aRareLanguageWhoseCodeIsAlsoACountryCodeIsTakenWithANote() throws Exception {
        CliRun run = check("kr");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("unspin: note: --source-language kr is Kanuri; if you meant the language of KR"
                + " (a country code), use ko"), run.err());
    }

    @Test
    void aLanguageWithLocaleDataIsNotAmbiguousEvenWhenItIsAlsoACountryCode() {
        assertEquals(Optional.empty(), SourceLanguage.ambiguity("ar"));
        assertEquals(Optional.empty(), SourceLanguage.ambiguity("de"));
        assertTrue(SourceLanguage.ambiguity("tw").orElseThrow().endsWith("use zh"));
    }

    @Test
    void closeCodesKeepALetterAndLeaveOutEnglish() {
        assertEquals(List.of("el"), SourceLanguage.suggestions("gr").subList(0, 1));
        assertTrue(SourceLanguage.suggestions("ex").stream().noneMatch("en"::equals));
    }
}
