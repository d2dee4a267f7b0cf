package dev.unspin.bitext;

import dev.unspin.bilingual.BilingualDictionaries;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleSelection;
import dev.unspin.input.InputFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The language-dependent checks in each tested source language (German, French, Spanish, Chinese,
 * Japanese): a faithful translation gets no finding; the same translation with one thing wrong gets
 * exactly that rule, on the wrong text (a word left untranslated: in the source's script for Chinese and
 * Japanese, a lower-case word of the source with a letter English does not use, and not English, for German, French
 * and Spanish; a word such as "gespeichert" left in the target is not found).
 */
class SourceLanguagesTest {
    private static final SourceChecks CHECKS = new SourceChecks(Glossary.EMPTY, LengthRatios.CALIBRATED, BilingualDictionaries.NONE);

    /** Each finding as "rule text", checking one aligned segment read in {@code language}. */
    private static List<String> found(String language, String source, String target) {
        Bitext bitext = BitextReader.read(InputFormat.TEXT, target + "\n", source + "\n");
        return CHECKS.check(bitext, language, RuleSelection.ALL).stream()
                .map((Finding f) -> f.rule() + " " + target.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|Der Umsatz stieg um 12,5 % auf 1.234 Mio. Euro.|Sales rose 12.5% to 1,234 million euros.|Sales rose 12.5% to 1,243 million euros.|1,243 million",
            "fr|Le prix est de 1 299,00 € pour 3 ans.|The price is €1,299.00 for 3 years.|The price is €1,299.00 for 5 years.|5",
            "es|La empresa tiene 2.500 empleados y 3,75 % de cuota.|The company has 2,500 employees and a 3.75% share.|The company has 2,500 employees and a 3.57% share.|3.57",
            "zh|会议于2023年5月3日举行，共有3万人参加。|The meeting was held on May 3, 2023, with 30,000 participants.|The meeting was held on May 3, 2023, with 3,000 participants.|3,000",
            "ja|人口は4500万人で、面積は２，３４０平方キロです。|The population is 45 million and the area is 2,340 square kilometres.|The population is 4.5 million and the area is 2,340 square kilometres.|4.5 million",
    })
    void numbersAreReadInTheSourceLanguage(String language, String source, String good, String bad, String wrong) {
        assertEquals(List.of(), found(language, source, good));
        assertEquals(List.of("source/number-mismatch " + wrong), found(language, source, bad));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|Die Datei wurde gespeichert, conffile.|The file was saved, conffile.|The file was gespeichert, conffile.",
            "fr|Le fichier reflog est enregistré.|The reflog file is saved.|The fichier reflog is saved.",
    })
    void sourceWordsOfPlainLettersAreNotFound(String language, String source, String good, String missed) {
        assertEquals(List.of(), found(language, source, good));
        assertEquals(List.of(), found(language, source, missed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|Die Datei wurde gelöscht.|The file was deleted.|The file was gelöscht.|gelöscht",
            "fr|Le fichier a été enregistré.|The file was saved.|The file was enregistré.|enregistré",
            "es|La configuración se ha guardado.|The settings have been saved.|The configuración has been saved.|configuración",
            "zh|文件已保存。|The file has been saved.|The 文件 has been saved.|文件",
            "ja|ファイルを保存しました。|The file has been saved.|The ファイル has been saved.|ファイル",
    })
    void sourceWordsLeftInTheTargetAreFound(String language, String source, String good, String bad, String left) {
        assertEquals(List.of(), found(language, source, good));
        List<String> rules = found(language, source, bad);
        assertEquals(1, rules.size(), rules.toString());
        assertEquals(left, rules.get(0).substring(rules.get(0).indexOf(' ') + 1), rules.toString());
    }
}
