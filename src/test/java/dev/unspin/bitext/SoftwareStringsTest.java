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
 * What software strings keep on purpose is not reported (the false alarms Debian's PO files showed),
 * while the same rules still fire where the translation really differs.
 */
class SoftwareStringsTest {
    private static final SourceChecks CHECKS = new SourceChecks(Glossary.EMPTY, LengthRatios.CALIBRATED, BilingualDictionaries.NONE);

    private static List<String> rules(String language, String source, String target) {
        Bitext bitext = BitextReader.read(InputFormat.TEXT, target + "\n", source + "\n");
        return CHECKS.check(bitext, language, RuleSelection.ALL).stream().map(Finding::rule).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the numbers of positional placeholders are no numbers of the text
            "de|Version %2$.250s des Paketes %1$.250s wird ersetzt|downgrading %.250s of %.250s",
            // usage placeholders in angle brackets are translated: no inline codes
            "de|git worktree lock [--reason <Zeichenkette>] <Arbeitsverzeichnis>|git worktree lock [--reason <string>] <worktree>",
            // names and text that is English already are kept as they are
            "de|Pau Cin Hau|Pau Cin Hau",
            "fr|(core dumped)|(core dumped)",
            "fr|git merge-base [-a | --all] <commit> <commit>...|git merge-base [-a | --all] <commit> <commit>...",
            // a full stop of an abbreviation ends no sentence
            "fr|Page bas (pavé num.)|Page Down (keypad)",
            "de|Dez.|Dec",
            // the length of what was translated: options, placeholders and paths both sides write the same, and
            // column padding, are not (a Chinese source's own characters are)
            "zh|--total             输出一份摘要信息|--total             output a summary",
            "zh|* [-]prterase   同 [-]echoprt|* [-]prterase   same as [-]echoprt",
            "zh|default:LTR|default:LTR",
    })
    void keptOnPurpose(String language, String source, String target) {
        assertEquals(List.of(), rules(language, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|Es wurden %d von 250 Dateien kopiert|%d of 205 files were copied|source/number-mismatch",
            "de|Klicken Sie <b>hier</b> oder <a href='x'>dort</a>|Click here or <a href='x'>there</a>|source/inline-code-mismatch",
            "de|Bitte versuchen Sie es später noch einmal.|Bitte versuchen Sie es später noch einmal.|source/untranslated",
            "fr|Merci de votre confiance.|Merci de votre confiance.|source/untranslated",
            "de|Schreiben in die Standardausgabe gescheitert.|Failed to write to standard output|source/end-full-stop",
            "de|Datei löschen?|Delete the file|source/end-punctuation",
            "zh|--total             输出一份摘要信息以及所有被处理文件的详细统计数据|--total             sums|source/length-ratio",
    })
    void stillFound(String language, String source, String target, String rule) {
        assertEquals(List.of(rule), rules(language, source, target).stream().distinct().toList());
    }
}
