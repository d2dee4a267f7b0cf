package dev.unspin.fix;

import dev.unspin.engine.Category;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Finding;
import dev.unspin.engine.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** fix adjusts "a"/"an" before a replacement to the replacement's first sound (issue 16). */
class ArticleAgreementTest {

    /** The text with the one finding on {@code spun} fixed to {@code suggestion}. */
    private static String fix(String text, String spun, String suggestion) {
        int start = text.indexOf(spun);
        Finding f = new Finding("test/x", Category.SPINNER_SYNONYM, Severity.ERROR, 0.95, start, start + spun.length(),
                List.of(suggestion), "m", DetectorKind.DICTIONARY);
        FixPlanner.Plan plan = new FixPlanner(0.6).plan(text, List.of(f), ProtectedRegions.none());
        return TextFixer.apply(text, plan.replacements());
    }

    @Test
    void theArticleFollowsTheReplacementsFirstLetter() {
        assertEquals("an artificial intelligence startup", fix("a synthetic intelligence startup", "synthetic intelligence", "artificial intelligence"));
        assertEquals("a big boost", fix("an enormous boost", "enormous", "big"));
        assertEquals("a big boost", fix("a huge boost", "huge", "big"));
        assertEquals("an apple", fix("an orange", "orange", "apple"));
    }

    @Test
    void capitalisationAndTheSpaceAreKept() {
        assertEquals("An artificial mind.", fix("A synthetic mind.", "synthetic", "artificial"));
        assertEquals("A big one.", fix("An enormous one.", "enormous", "big"));
        assertEquals("AN ARTIFICIAL MIND", fix("A SYNTHETIC MIND", "SYNTHETIC", "ARTIFICIAL"));
        assertEquals("It was a\nbig one.", fix("It was an\nenormous one.", "enormous", "big"));
    }

    @Test
    void theUsualExceptionsGoBySound() {
        assertEquals("a university", fix("an academy", "academy", "university"));
        assertEquals("a European body", fix("an American body", "American", "European"));
        assertEquals("a one-off", fix("an exception", "exception", "one-off"));
        assertEquals("an hour", fix("a minute", "minute", "hour"));
        assertEquals("an honest man", fix("a truthful man", "truthful", "honest"));
        assertEquals("an MP", fix("a deputy", "deputy", "MP"));
        assertEquals("an unimportant detail", fix("a minor detail", "minor", "unimportant"));
    }

    @Test
    void onlyAnArticleRightBeforeTheFindingIsTouched() {
        assertEquals("the artificial mind", fix("the synthetic mind", "synthetic", "artificial"));
        assertEquals("banana artificial", fix("banana synthetic", "synthetic", "artificial"));
        assertEquals("a, artificial", fix("a, synthetic", "synthetic", "artificial"));
        assertEquals("It's a\n\nartificial", fix("It's a\n\nsynthetic", "synthetic", "artificial"));
        // a replacement that starts with a digit or a symbol leaves the article as it is
        assertEquals("a 24-hour day", fix("a long day", "long", "24-hour"));
        // the article inside the finding is the suggestion's own business
        assertEquals("an artificial mind", fix("a synthetic mind", "a synthetic", "an artificial"));
    }

    @Test
    void anArticleInsideAnEarlierFixOrAProtectedRegionIsLeft() {
        String text = "the a synthetic mind";
        Finding first = new Finding("test/a", Category.SPINNER_SYNONYM, Severity.ERROR, 0.95, 0, 5, List.of("one a"), "m", DetectorKind.DICTIONARY);
        Finding second = new Finding("test/b", Category.SPINNER_SYNONYM, Severity.ERROR, 0.95, 6, 15, List.of("artificial"), "m", DetectorKind.DICTIONARY);
        FixPlanner.Plan plan = new FixPlanner(0.6).plan(text, List.of(first, second), ProtectedRegions.none());
        assertEquals("one a artificial mind", TextFixer.apply(text, plan.replacements()));
    }
}
