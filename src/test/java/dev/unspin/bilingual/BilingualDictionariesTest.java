package dev.unspin.bilingual;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BilingualDictionariesTest {
    @TempDir
    Path dir;

    @Test
    void readsCcCedictWithMeasureWordsAndBothScripts() {
        BilingualDictionary zh = BilingualDictionaries.in(BilingualFixtures.copy(dir, BilingualFixtures.CEDICT)).forLanguage("zh").orElseThrow();
        assertTrue(zh.entry("个").measureWord());
        assertTrue(zh.entry("個").measureWord(), "the traditional headword too");
        assertFalse(zh.entry("年").measureWord(), "CL: lists name a measure word, they do not make one");
        assertEquals(Set.of("year"), zh.entry("年").translations());
        assertEquals(Set.of("fold", "times", "double", "increase", "multiply"), zh.entry("倍").translations());
        assertEquals(Set.of(), zh.entry("张").translations(), "a surname is no translation");
        assertEquals("进一步", zh.longestHeadwordAt("美国进一步收紧", 2));
        assertEquals("", zh.longestHeadwordAt("美国", 0));
    }

    @Test
    void readsFreeDictSkippingExamplesNotesAndSynonyms() {
        BilingualDictionary de = BilingualDictionaries.in(BilingualFixtures.copy(dir, BilingualFixtures.GERMAN)).forLanguage("de").orElseThrow();
        assertEquals(Set.of("weapon", "arm"), de.entry("Waffe").translations());
        assertEquals(Set.of("weapons", "arms"), de.entry("waffen").translations(), "looked up in lower case");
        assertEquals(Set.of("file", "data"), de.entry("Datei").translations());
        assertEquals(null, de.entry("rote Zahl"), "headwords of several words are left out");
    }

    @Test
    void readsJapaneseFreeDictWithPriorityTagsLabelsNumberedSensesAndCounters() {
        BilingualDictionary ja = BilingualDictionaries.in(BilingualFixtures.copy(dir, BilingualFixtures.JAPANESE)).forLanguage("ja").orElseThrow();
        assertEquals(Set.of("twice", "double", "times", "fold"), ja.entry("倍").translations(), "both numbered senses");
        assertFalse(ja.entry("倍").measureWord());
        assertTrue(ja.entry("個").measureWord(), "labelled a counter");
        assertEquals(Set.of("weapon", "arms"), ja.entry("武器").translations());
        assertEquals(3, ja.size(), "a German-style label line is no headword");
    }

    @Test
    void aMissingDictionaryIsEmptyAndRemembered() {
        BilingualDictionaries dictionaries = BilingualDictionaries.in(BilingualFixtures.copy(dir, BilingualFixtures.GERMAN));
        assertTrue(dictionaries.forLanguage("zh").isEmpty());
        assertTrue(dictionaries.forLanguage("ko").isEmpty());
        assertTrue(dictionaries.forLanguage("de").isPresent());
        assertEquals(Set.of("zh"), dictionaries.missing(), "only languages a dictionary exists for are worth installing");
        assertSame(dictionaries.forLanguage("de").orElseThrow(), dictionaries.forLanguage("de").orElseThrow(), "read once");
        assertTrue(BilingualDictionaries.NONE.forLanguage("de").isEmpty());
    }

    @Test
    void aBrokenDictionaryNamesItsFile() throws Exception {
        Files.writeString(dir.resolve(BilingualFixtures.GERMAN), "not gzip", StandardCharsets.UTF_8);
        Exception e = assertThrows(RuntimeException.class, () -> BilingualDictionaries.in(dir).forLanguage("de"));
        assertTrue(e.getMessage().startsWith(dir.resolve(BilingualFixtures.GERMAN) + ": cannot read the bilingual dictionary"), e.getMessage());
    }

    @Test
    void theDirectoryComesFromThePropertyTheEnvironmentOrTheHome() {
        Map<String, String> properties = Map.of("user.home", "/home/u", BilingualDictionaries.PROPERTY, "/p");
        Map<String, String> environment = Map.of(BilingualDictionaries.ENVIRONMENT, "/e");
        assertEquals(Path.of("/p"), BilingualDictionaries.defaultDirectory(properties::get, environment::get));
        assertEquals(Path.of("/e"), BilingualDictionaries.defaultDirectory(Map.of("user.home", "/home/u")::get, environment::get));
        assertEquals(Path.of("/home/u/.cache/unspin/dictionaries"),
                BilingualDictionaries.defaultDirectory(Map.of("user.home", "/home/u")::get, Map.<String, String>of()::get));
    }
}
