package dev.unspin.bitext;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumbersTest {

    private static List<Double> values(String text, String language) {
        return Numbers.in(text, language).stream().map(Numbers.Found::value).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "三千五百万|35000000",
            "两万三千|23000",
            "一亿五千万|150000000",
            "二〇二三|2023",
            "十五|15",
            "三百零五|305",
            "億|100000000",
    })
    void chineseAndJapaneseNumerals(String numerals, double value) {
        assertEquals(value, Numbers.cjkValue(numerals));
    }

    @Test
    void digitsWithChineseAndJapaneseScales() {
        assertEquals(List.of(30000.0), values("有3万人", "zh"));
        assertEquals(List.of(120_000_000.0), values("收入1.2亿元", "zh"));
        assertEquals(List.of(45_000_000.0), values("人口は4500万人", "ja"));
        assertEquals(List.of(200_000_000.0), values("2億円", "ja"));
        assertEquals(List.of(2023.0, 5.0, 3.0), values("２０２３年５月３日", "zh"), "full-width digits");
        assertEquals(List.of(1234.5), values("１，２３４．５元", "zh"));
    }

    @Test
    void numeralsAreSoftAndDigitsStrict() {
        List<Numbers.Found> found = Numbers.in("三个人和4只猫", "zh");
        assertFalse(found.get(0).strict());
        assertTrue(found.get(1).strict());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|Es kostet 1.234,50 Euro.|1234.5",
            "de|2,5 Mio. Einwohner|2500000",
            "de|3 Milliarden|3000000000",
            "fr|1 299,00 € TTC|1299",
            "fr|12,5 %|12.5",
            "es|1.500 millones|1500000000",
            "es|3,75 %|3.75",
            "en|1,234.50|1234.5",
            "en|3.5 billion|3500000000",
            "en|2.5 million|2500000",
            "''|49,90 €|49.9",
            "''|1.250,00|1250",
    })
    void decimalMarksAndThousandsByLanguage(String language, String text, double value) {
        assertEquals(List.of(value), values(text, language));
    }

    @Test
    void englishWordsMonthsAndOrdinalsAreSoftValues() {
        List<Numbers.Found> found = Numbers.in("two hundred and fifty thousand people came on May 3, the third day", "en");
        assertEquals(List.of(250_000.0, 5.0, 3.0, 3.0), found.stream().map(Numbers.Found::value).toList());
        assertEquals(List.of(false, false, true, false), found.stream().map(Numbers.Found::strict).toList());
        assertEquals(List.of(), values("you may go", "en"), "the verb may is no month");
    }

    @Test
    void listsAndCodesAreNotOneNumber() {
        assertEquals(List.of(1.0, 1.0), values("[1,1] 的输入", "zh"));
        assertFalse(Numbers.in("COVID-19 cases", "en").get(0).strict(), "a number glued to a word is a name");
        assertEquals(List.of(1980.0), values("上世纪80年代", "zh"), "a decade");
    }

    @Test
    void sourceNumbersPairWithTheirTranslations() {
        NumberMatch same = NumberMatch.of(Numbers.in("共有3万人参加，增长百分之五", "zh"), Numbers.in("30,000 people took part, 5% more", "en"));
        assertEquals(List.of(), same.missing());
        assertEquals(List.of(), same.added());
        NumberMatch changed = NumberMatch.of(Numbers.in("Es kostet 1.234,50 Euro.", "de"), Numbers.in("It costs 1,243.50 euros.", "en"));
        assertEquals(1, changed.missing().size());
        assertEquals(1, changed.added().size());
        assertEquals("1,234.50", NumberMatch.english(changed.missing().get(0), "Es kostet 1.234,50 Euro.", "de"));
        NumberMatch words = NumberMatch.of(Numbers.in("Sie hat 3 Kinder.", "de"), Numbers.in("She has three children.", "en"));
        assertEquals(List.of(), words.missing(), "a word in the target stands for a digit of the source");
    }
}
