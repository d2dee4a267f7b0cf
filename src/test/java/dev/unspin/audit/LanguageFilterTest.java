package dev.unspin.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which documents an audit skips as not English, and which it must keep. */
class LanguageFilterTest {
    private static final LanguageFilter FILTER = LanguageFilter.get();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fr|Le gouvernement a annoncé mardi une nouvelle série de mesures destinées à soutenir les agriculteurs touchés par la sécheresse, selon le ministre.",
            "de|Die Stadtverwaltung hat am Dienstag beschlossen, die Straßenbahnlinie bis zum neuen Wohngebiet im Norden zu verlängern.",
            "es|El ayuntamiento aprobó el martes un plan para ampliar la red de carriles bici en el centro de la ciudad, según la concejal.",
            "it|Il consiglio comunale ha approvato ieri sera il bilancio per il prossimo anno, con un aumento dei fondi destinati alle scuole.",
            "pt|O governo anunciou nesta terça-feira um novo pacote de medidas para conter a alta dos preços dos alimentos no país.",
            "nl|De gemeenteraad heeft dinsdag besloten om het oude stadhuis te verbouwen tot een bibliotheek voor de hele stad.",
            "pl|Rada miasta zdecydowała we wtorek o budowie nowej linii tramwajowej do dzielnicy północnej, poinformował rzecznik.",
            "sv|Kommunen beslutade på tisdagen att bygga ut spårvägen till det nya bostadsområdet i norr, enligt en talesperson.",
    })
    void skipsTextInAnotherLanguage(String language, String text) {
        Optional<LanguageFilter.Foreign> foreign = FILTER.notEnglish(text);
        assertTrue(foreign.isPresent(), text);
        assertEquals(language, foreign.get().language());
        assertTrue(foreign.get().reason().startsWith("not English (" + language + ", "), foreign.get().reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plain news|The city council voted on Tuesday to extend the tram line to the new housing estate in the north, a spokesman said.",
            "spun news|South Korean and Japanese officials on Wednesday mentioned strengthening members of the family and safety cooperation towards the nuclear fingers program.",
            "too short to tell|Tuesday, Paris.",
            "a French quotation in English|The minister, speaking in Paris, said the plan would go ahead. \"Nous ne reculerons pas,\" she told reporters, meaning the government would not back down. Farmers' unions said they would continue protests next week across the country.",
            "names and numbers|Shares of Volkswagen, Siemens and BASF rose 3.2% in Frankfurt on Tuesday after results beat forecasts.",
    })
    void keepsEnglish(String kind, String text) {
        assertEquals(Optional.empty(), FILTER.notEnglish(text), kind);
    }

    @Test
    void keepsEveryLabelledEnglishDocument() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("samples/labelled"))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertTrue(files.size() > 60, "the labelled set is there");
        for (Path file : files) {
            assertEquals(Optional.empty(), FILTER.notEnglish(Files.readString(file)), file.toString());
        }
    }

    @Test
    void givesTheSameAnswersFromManyThreadsAtOnce() throws Exception {
        List<String> texts = List.of(
                "Le gouvernement a annoncé mardi une nouvelle série de mesures destinées à soutenir les agriculteurs.",
                "The city council voted on Tuesday to extend the tram line to the new housing estate in the north.",
                "Die Stadtverwaltung hat am Dienstag beschlossen, die Straßenbahnlinie zu verlängern und auszubauen.");
        List<Optional<String>> expected = texts.stream().map(t -> FILTER.notEnglish(t).map(LanguageFilter.Foreign::language)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int t = 0; t < texts.size(); t++) {
                            if (!FILTER.notEnglish(texts.get(t)).map(LanguageFilter.Foreign::language).equals(expected.get(t))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(Optional.of("fr"), Optional.empty(), Optional.of("de")), expected);
    }
}
