package dev.unspin.grammar;

import dev.unspin.engine.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The breakdown's LanguageTool parts run in order on the sample article, with either disambiguator; the global
 * spelling list only with LanguageTool's own (unspin's leaves it out).
 */
class LanguageToolStagesTest {
    @Test
    void eachPartIsReportedOnceInOrder() throws Exception {
        Document document = new Document("d", Files.readString(Path.of("samples/spun-news-2023-05-03.txt")));
        for (boolean own : new boolean[] {false, true}) {
            List<String> parts = new ArrayList<>();
            LanguageToolStages.run(document, own, parts::add);
            assertEquals(own ? 9 : 8, parts.size(), parts.toString());
            assertTrue(parts.get(0).matches(".*anchored sentences \\([1-9]\\d*\\)"), parts.get(0));
            assertTrue(parts.get(5).contains(own ? "LanguageTool's own" : "unspin's"), parts.get(5));
            assertEquals(own, parts.stream().anyMatch(part -> part.contains("spelling_global.txt")), parts.toString());
            assertTrue(parts.get(parts.size() - 1).contains("analysed"), parts.get(parts.size() - 1));
        }
    }
}
