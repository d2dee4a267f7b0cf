package dev.unspin.rulepack;

import dev.unspin.dictionary.DictionaryEntry;
import dev.unspin.dictionary.ExampleChecker;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.engine.Category;
import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PpsImporterTest {

    /** CSV lines, written with ' for " to keep them readable. */
    private static String csv(String... lines) {
        return String.join("\n", lines).replace('\'', '"') + "\n";
    }

    private static PhraseDictionary load(PpsImporter.Result result) {
        return PhraseDictionary.fromFiles(List.of(new RuleFiles.RuleFile("team.dict", result.dictionary())));
    }

    private static Map<String, DictionaryEntry> bySpun(PpsImporter.Result result) {
        return load(result).entries().stream().collect(Collectors.toMap(DictionaryEntry::spun, Function.identity()));
    }

    private static boolean reported(PpsImporter.Result r, int line, boolean error, String text) {
        return r.messages().stream().anyMatch(m -> m.line() == line && m.error() == error && m.text().contains(text));
    }

    @Test
    void rowsBecomeEntriesWithConfidenceFromTheNumberOfPapers() {
        String csv = csv(
                "Tortured phrase,Expected phrase,Number of papers",
                "sunlit vitality,solar energy,5",
                "'sunlit power',solar power,4",
                "'direct relapse','linear regression','1,234'");
        PpsImporter.Result r = PpsImporter.convert(csv, "pps.csv", "team.dict");
        Map<String, DictionaryEntry> entries = bySpun(r);
        assertEquals(3, r.entries());
        assertEquals(3, r.rows());
        assertEquals(0.9, entries.get("sunlit vitality").confidence());
        assertEquals(0.8, entries.get("sunlit power").confidence());
        assertEquals(0.9, entries.get("direct relapse").confidence());
        assertEquals(List.of("linear regression"), entries.get("direct relapse").fixes());
        assertEquals(Category.TORTURED_PHRASE, entries.get("sunlit vitality").category());
        assertEquals("team/sunlit-vitality", entries.get("sunlit vitality").id());
        assertEquals("We used the sunlit vitality in this study.", entries.get("sunlit vitality").flagExample());
        assertEquals("We used the solar energy in this study.", entries.get("sunlit vitality").passExample());
        assertTrue(new ExampleChecker(load(r)).check().isEmpty());
        assertTrue(r.messages().isEmpty(), r.messages().toString());
    }

    @Test
    void queriesBecomeAlternativesAndConditionsOrWarnings() {
        String csv = csv(
                "tortured phrase,expected phrase,number of papers",
                "'(''sunlit vitality'' OR ''sun oriented vitality'') AND NOT ''sunlit vitality drink''',solar energy,12",
                "'''bosom peril'' NOT ''the bosom peril''',breast cancer risk,2",
                "'''haze figuring'' AND ''cloud''',cloud computing,3",
                "'''fog figuring'' AND NOT ''online''',cloud computing,3",
                "'''profundity picture''',depth image OR depth map,3");
        PpsImporter.Result r = PpsImporter.convert(csv, "pps.csv", "team.dict");
        Map<String, DictionaryEntry> entries = bySpun(r);
        assertEquals(List.of("bosom peril", "fog figuring", "haze figuring", "profundity picture", "sun oriented vitality",
                "sunlit vitality"), entries.keySet().stream().sorted().toList());
        PhraseDictionary dictionary = load(r);
        // not-next from "sunlit vitality drink", not-prev from "the bosom peril": checked by behaviour.
        assertTrue(flags(dictionary, "sunlit vitality", "Sunlit vitality is cheap."));
        assertFalse(flags(dictionary, "sunlit vitality", "Sunlit vitality drink is sweet."));
        assertTrue(flags(dictionary, "bosom peril", "A bosom peril was seen."));
        assertFalse(flags(dictionary, "bosom peril", "We measured the bosom peril."));
        assertEquals(List.of("depth image", "depth map"), entries.get("profundity picture").fixes());
        assertTrue(reported(r, 4, false, "AND term 'cloud'"), r.messages().toString());
        assertTrue(reported(r, 5, false, "NOT term 'online'"), r.messages().toString());
        assertEquals(0, r.skipped());
        assertTrue(new ExampleChecker(dictionary).check().isEmpty());
    }

    @Test
    void unconvertibleRowsAreReportedWithTheirLineAndSkipped() {
        String csv = csv(
                "tortured phrase,expected phrase,number of papers",
                "bad 'quote,x,3",
                "two columns,only",
                "'(''open'' OR',b,3",
                "ok phrase,,3",
                "good phrase,fine phrase,many",
                "'''with {brace}''',x,3",
                "'''only'' AND NOT ''only''',x,3",
                "'NOT ''nothing''',x,3",
                "'''sunlit vitality''',solar energy,3",
                "'''sunlit vitality''',solar power,9",
                "'''data mining''',data mining method,3",
                "'''lone one''',fine one,2");
        PpsImporter.Result r = PpsImporter.convert(csv, "pps.csv", "team.dict");
        assertTrue(reported(r, 2, true, "not valid CSV"), r.messages().toString());
        assertTrue(reported(r, 3, true, "expected 3 columns"), r.messages().toString());
        assertTrue(reported(r, 4, true, "cannot read the tortured phrase query"), r.messages().toString());
        assertTrue(reported(r, 5, true, "no expected phrase"), r.messages().toString());
        assertTrue(reported(r, 6, true, "not a whole number"), r.messages().toString());
        assertTrue(reported(r, 7, true, "braces"), r.messages().toString());
        assertTrue(reported(r, 8, true, "can never match"), r.messages().toString());
        assertTrue(reported(r, 9, true, "only NOT terms"), r.messages().toString());
        assertTrue(reported(r, 11, false, "already imported from line 10"), r.messages().toString());
        assertTrue(reported(r, 12, true, "generated examples fail"), r.messages().toString());
        assertEquals(List.of("lone one", "sunlit vitality"), bySpun(r).keySet().stream().sorted().toList());
        assertEquals(List.of("solar energy"), bySpun(r).get("sunlit vitality").fixes());
        assertEquals(8, r.skipped());
        assertEquals(1, r.dropped());
        assertEquals(12, r.rows());
    }

    @Test
    void phrasesAlreadyKnownAreSkippedWithAWarning() {
        PhraseDictionary known = PhraseDictionary.fromFiles(List.of(new RuleFiles.RuleFile("base.dict", """
                id: base/sunlit-power
                spun: sunlit {power}
                fix: solar {power}
                category: tortured-phrase
                confidence: 0.9
                flag: Sunlit power is cheap.
                pass: Solar power is cheap.
                """)));
        PpsImporter.Result r = PpsImporter.convert(csv("tortured,expected,papers", "sunlit power,solar power,3",
                "sunlit vitality,solar energy,3"), "pps.csv", "team.dict", known.entries());
        assertEquals(List.of("sunlit vitality"), bySpun(r).keySet().stream().toList());
        assertTrue(reported(r, 2, false, "already in the dictionary as base/sunlit-power"), r.messages().toString());
    }

    @Test
    void aHeaderWithoutThreeColumnsIsReported() {
        PpsImporter.Result r = PpsImporter.convert("tortured;expected;papers\nx;y;3\n", "pps.csv", "team.dict");
        assertTrue(reported(r, 1, true, "seems to use ';'"), r.messages().toString());
        assertTrue(reported(r, 2, true, "expected 3 columns"), r.messages().toString());
        assertEquals(0, r.entries());
    }

    @Test
    void columnsAreFoundByTheirHeaderNames() {
        String csv = "Papers,Expected,Tortured\n7,random forest,irregular woodland\n";
        Map<String, DictionaryEntry> entries = bySpun(PpsImporter.convert(csv, "pps.csv", "team.dict"));
        assertEquals(List.of("random forest"), entries.get("irregular woodland").fixes());
        assertEquals(0.9, entries.get("irregular woodland").confidence());
    }

    @Test
    void aPhraseStartingWithAnArticleGetsNoSecondArticle() {
        Map<String, DictionaryEntry> entries = bySpun(PpsImporter.convert(
                "tortured,expected,papers\nthe profound web,the deep web,3\n", "pps.csv", "team.dict"));
        assertEquals("We used the profound web in this study.", entries.get("the profound web").flagExample());
    }

    private static boolean flags(PhraseDictionary dictionary, String spun, String text) {
        DictionaryEntry entry = dictionary.entries().stream().filter(e -> e.spun().equals(spun)).findFirst().orElseThrow();
        return !new dev.unspin.dictionary.DictionaryDetector(dictionary)
                .detectOnly(new dev.unspin.engine.Document("t", text), dev.unspin.engine.CheckSettings.defaults(), entry).isEmpty();
    }
}
