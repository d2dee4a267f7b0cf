package dev.unspin.dictionary;

import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.RuleSelection;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DictionaryDetectorTest {
    private static final String DICT = """
            # test entries
            id: test/make-an-attempt
            spun: {make} an attempt
            fix: {attempt}
            category: spinner-synonym
            confidence: 0.9
            flag: North Korea keeps making an attempt to evade sanctions.
            pass: She made one last attempt at the summit.

            id: test/talk-over-with
            spun: {talk} over with
            fix: {visit}
            category: spinner-synonym
            confidence: 0.95
            flag: Yoon's state talk over with to Washington ended.
            pass: Let's talk it over with the team.

            id: test/become-a-present
            spun: {become} a present
            fix: {get} a present
            category: machine-translation
            confidence: 0.8
            flag: I became a present from my brother.
            pass: She became president in May.

            id: test/court-docket
            spun: court docket
            fix: court
            category: spinner-synonym
            confidence: 0.8
            not-next: number | clerk
            flag: South Korean court docket rulings ordered the firms to pay.
            pass: The clerk checked the court docket number.

            id: test/members-of-the-family
            spun: members of the family
            fix: relations
            category: spinner-synonym
            confidence: 0.9
            prev: strengthening | bilateral | #punct
            flag: Officials discussed strengthening members of the family.
            pass: Two members of the family said they were relieved.

            id: test/local-weather
            spun: local weather
            fix: climate
            category: spinner-synonym
            confidence: 0.9
            next: exchange | trade | disaster
            flag: Local weather exchange is real.
            pass: The local weather was fine.

            id: test/local-weather-exchange
            spun: local weather exchange
            fix: climate change
            category: spinner-synonym
            confidence: 0.95
            flag: They discussed local weather exchange.
            pass: The local weather was fine.

            id: test/actual
            spun: actual
            fix: current
            category: machine-translation
            confidence: 0.6
            source-language: de, es
            next: situation
            flag: The actual situation is difficult.
            pass: The actual cost was lower.
            """;

    private static PhraseDictionary dictionary(String content) {
        return PhraseDictionary.fromFiles(List.of(new RuleFiles.RuleFile("test.dict", content)));
    }

    private static List<Finding> check(String text, Optional<String> language) {
        return new DictionaryDetector(dictionary(DICT)).detect(new Document("t", text), new CheckSettings(language, 0.0), RuleSelection.ALL);
    }

    private static List<Finding> check(String text) {
        return check(text, Optional.empty());
    }

    @Test
    void inflectedMatchesAreFixedWithTheSameInflection() {
        assertEquals(List.of("attempts"), check("North Korean makes an attempt to evade sanctions").get(0).suggestions());
        assertEquals(List.of("attempted"), check("He made an attempt.").get(0).suggestions());
        assertEquals(List.of("attempting"), check("He is making an attempt.").get(0).suggestions());
        assertEquals(List.of("visited"), check("Yoon talked over with Biden.").get(0).suggestions());
        assertEquals(List.of("visit"), check("a state talk over with to Washington").get(0).suggestions());
        assertEquals(List.of("got a present"), check("I became a present.").get(0).suggestions());
        assertEquals(List.of("get a present"), check("You will become a present.").get(0).suggestions());
    }

    @Test
    void suggestionsKeepTheCaseOfTheText() {
        assertEquals(List.of("Court"), check("Court docket rulings irked Japan.").get(0).suggestions());
        assertEquals(List.of("Relations"), check("Members of the family improved.").get(0).suggestions());
    }

    @Test
    void offsetsPointIntoTheOriginalTextDespiteNormalisation() {
        String text = "Yoon\u2019s \u201Ccourt\u00A0docket\u201D rulings";
        Finding f = check(text).get(0);
        assertEquals("court\u00A0docket", text.substring(f.start(), f.end()));
    }

    @Test
    void conditionsKeepEntriesOffCorrectUses() {
        assertTrue(check("The clerk read the court docket number aloud.").isEmpty());
        assertTrue(check("Two members of the family said they were relieved.").isEmpty());
        assertEquals(1, check("They are strengthening members of the family.").size());
    }

    @Test
    void conditionsCanLookTwoTokensAway() {
        PhraseDictionary d = dictionary("""
                id: test/international-locations
                spun: international locations
                fix: countries
                category: spinner-synonym
                confidence: 0.9
                next: in
                next2: #num
                flag: The international locations in 2019 had downgraded ties.
                pass: The international locations in Paris opened in May.
                """);
        DictionaryDetector detector = new DictionaryDetector(d);
        assertEquals(1, detector.detect(new Document("t", "The international locations in 2019 had downgraded ties."),
                CheckSettings.defaults(), RuleSelection.ALL).size());
        assertTrue(detector.detect(new Document("t", "The international locations in Paris opened."), CheckSettings.defaults(), RuleSelection.ALL).isEmpty());
    }

    @Test
    void theLongestMatchWins() {
        List<Finding> findings = check("They discussed local weather exchange today.");
        assertEquals(1, findings.size());
        assertEquals(List.of("climate change"), findings.get(0).suggestions());
    }

    @Test
    void sourceLanguageEntriesApplyOnlyWhenTheLanguageIsGiven() {
        assertTrue(check("The actual situation is difficult.").isEmpty());
        assertEquals(List.of("current"), check("The actual situation is difficult.", Optional.of("de")).get(0).suggestions());
        assertTrue(check("The actual situation is difficult.", Optional.of("fr")).isEmpty());
    }

    @Test
    void formatProblemsAreReportedWithFileAndLine() {
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> dictionary("""
                id: test/nuclear-fingers
                spun: nuclear fingers
                fix: nuclear arms
                category: spinner-synonym
                confidence: 2
                flag: x
                pass: y

                id: test/broken
                spun: broken
                fix: fine
                category: spun-ish
                confidence: 0.9
                flag: x

                fix: orphan
                """));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("test.dict:1:") && p.contains("outside 0.05..1.0")), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("test.dict:9:") && p.contains("no 'pass'")), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("test.dict:16:") && p.contains("must start with 'id:' or 'spun:'")), e.getMessage());
    }

    @Test
    void exampleCheckerReportsExamplesThatDoNotBehave() {
        PhraseDictionary bad = dictionary("""
                id: test/nuclear-fingers
                spun: nuclear fingers
                fix: nuclear arms
                category: spinner-synonym
                confidence: 0.95
                flag: Their nuclear weapons program grew.
                pass: The nuclear fingers program grew.
                """);
        List<String> problems = new ExampleChecker(bad).check();
        assertTrue(problems.stream().anyMatch(p -> p.contains("does not flag its flag example")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("flags its pass example")), problems.toString());
        assertTrue(new ExampleChecker(dictionary(DICT)).check().isEmpty());
    }
}
