package dev.unspin.dictionary;

import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every entry's id is written in its file, unique across the files loaded together. */
class RuleIdsTest {
    private static String entry(String id, String spun) {
        return (id == null ? "" : "id: " + id + "\n") + "spun: " + spun + "\nfix: climate change\ncategory: spinner-synonym\n"
                + "confidence: 0.9\nflag: They discussed " + spun + ".\npass: The " + spun.split(" ")[0] + " was fine.\n";
    }

    private static RuleFiles.RuleFile file(String name, String... entries) {
        return new RuleFiles.RuleFile(name, String.join("\n", entries), "team/" + name);
    }

    private static List<String> problems(List<RuleFiles.RuleFile> context, List<RuleFiles.RuleFile> files) {
        return assertThrows(DictionaryFormatException.class, () -> PhraseDictionary.fromFiles(context, files)).problems();
    }

    @Test
    void theIdIsReadFromTheEntryNotFromTheFileOrThePosition() {
        PhraseDictionary d = PhraseDictionary.fromFiles(List.of(file("weather.dict",
                entry("spinner-a-h/local-weather-exchange", "local weather exchange"),
                entry("spinner-a-h/local-weather-exchange-2", "local weather exchange"))));
        assertEquals(List.of("spinner-a-h/local-weather-exchange", "spinner-a-h/local-weather-exchange-2"),
                d.entries().stream().map(DictionaryEntry::id).toList());
    }

    @Test
    void aMissingIdIsAnErrorThatSaysWhichLineToAdd() {
        List<String> problems = problems(List.of(), List.of(file("team.dict",
                entry("team/weather-shift", "weather shift"), entry(null, "local weather exchange"),
                entry(null, "local weather exchange"))));
        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("team.dict:9: entry 'local weather exchange' has no 'id'; add the line"
                + " 'id: team/local-weather-exchange' (the id earlier versions of unspin derived for it"), problems.get(0));
        assertTrue(problems.get(1).startsWith("team.dict:16: entry 'local weather exchange' has no 'id'; add the line"
                + " 'id: team/local-weather-exchange-2'"), problems.get(1));
    }

    @Test
    void aDuplicateIdNamesBothPlacesWithinAFileAndAcrossFiles() {
        List<String> within = problems(List.of(), List.of(file("team.dict",
                entry("team/weather", "local weather exchange"), entry("team/weather", "weather exchange"))));
        assertEquals(List.of("team.dict:9: id 'team/weather' is already the id of the entry at team/team.dict:1"
                + " ('local weather exchange'); ids must be unique across all dictionary files loaded together"
                + " (case does not matter)"), within);

        List<String> across = problems(List.of(file("packaged.dict", entry("spinner-a-h/weather", "local weather exchange"))),
                List.of(file("team.dict", entry("Spinner-A-H/Weather", "weather exchange"))));
        assertEquals(1, across.size(), String.join("\n", across));
        assertTrue(across.get(0).startsWith("team.dict:1: id 'Spinner-A-H/Weather' is already the id of the entry at"
                + " team/packaged.dict:1 ('local weather exchange')"), across.get(0));
    }

    @Test
    void contextFilesLendTheirIdsAndListsButNotTheirEntries() {
        PhraseDictionary d = PhraseDictionary.fromFiles(
                List.of(file("packaged.dict", "list: weather-words = cold | warm\n", entry("packaged/weather", "local weather exchange"))),
                List.of(file("team.dict", entry("team/weather", "weather exchange").replace("flag:", "not-prev: $weather-words\nflag:"))));
        assertEquals(List.of("team/weather"), d.entries().stream().map(DictionaryEntry::id).toList());
    }

    @Test
    void anIdIsGroupSlashNameWithoutSpacesAndNotAnotherDetectorsPrefix() {
        assertNull(RuleIds.problem("spinner-a-h/local-weather-exchange"));
        assertNull(RuleIds.problem("house_style/über-cool.v2"));
        assertTrue(RuleIds.problem("local-weather-exchange").contains("not of the form group/name"));
        assertTrue(RuleIds.problem("team/local weather").contains("no spaces"));
        assertTrue(RuleIds.problem("team/a/b").contains("not of the form group/name"));
        assertTrue(RuleIds.problem("team/*").contains("not of the form group/name"));
        assertTrue(RuleIds.problem("grammar/UNSPIN_X").contains("names the grammar detector's rules"));
        assertTrue(RuleIds.problem("model/swap-in-context").contains("names the model detector's rules"));
        List<String> problems = problems(List.of(), List.of(file("team.dict", entry("team weather", "weather exchange"))));
        assertTrue(problems.get(0).startsWith("team.dict:1: id 'team weather' is not of the form group/name"), problems.get(0));
    }

    @Test
    void theDerivedIdIsTheOneEarlierVersionsGave() {
        Set<String> taken = new HashSet<>();
        assertEquals("spinner-a-h/price-range-deficit", RuleIds.derived("spinner-a-h", "price range {deficit}", taken));
        assertEquals("spinner-a-h/price-range-deficit-2", RuleIds.derived("spinner-a-h", "price range {deficit}", taken));
        assertEquals("tortured/every-different-s", RuleIds.derived("tortured", "every different's", taken));
        assertEquals("house-rules/x", RuleIds.derived("House Rules", "x", taken), "a stem that cannot be a group is slugged");
    }
}
