package dev.unspin.engine;

import dev.unspin.text.ProseMask;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inline suppression comments on synthetic findings: every "SPIN" and "TORT" word is a finding. */
class SuppressionsTest {

    /** The line numbers of the findings left in {@code text}. */
    private static List<Integer> kept(String text) {
        List<ProseMask.Range> comments = new ArrayList<>();
        Matcher c = Pattern.compile("<!--.*?-->", Pattern.DOTALL).matcher(text);
        while (c.find()) {
            comments.add(new ProseMask.Range(c.start(), c.end()));
        }
        List<Finding> findings = new ArrayList<>();
        Matcher m = Pattern.compile("SPIN|TORT").matcher(text);
        while (m.find()) {
            boolean tortured = m.group().equals("TORT");
            findings.add(new Finding(tortured ? "tortured/x" : "spinner-a-h/local-weather-exchange",
                    tortured ? Category.TORTURED_PHRASE : Category.SPINNER_SYNONYM, Severity.ERROR, 0.95,
                    m.start(), m.end(), List.of("fix"), "m", DetectorKind.DICTIONARY));
        }
        Document document = new Document("x.md", text);
        return Suppressions.of(text, comments).apply(findings).stream()
                .map(f -> document.lineIndex().line(f.start())).toList();
    }

    @Test
    void disableAndEnableAllRules() {
        assertEquals(List.of(1, 5), kept("""
                SPIN
                <!-- unspin-disable -->
                SPIN TORT
                <!-- unspin-enable -->
                SPIN
                """));
    }

    @Test
    void disableWithoutEnableLastsToTheEnd() {
        assertEquals(List.of(1), kept("SPIN\n<!--unspin-disable-->\nSPIN\n\nTORT\n"));
    }

    @Test
    void disableSomeRulesByIdOrCategory() {
        assertEquals(List.of(3, 5, 5), kept("""
                <!-- unspin-disable Spinner-A-H/local-weather-exchange -->
                SPIN
                TORT
                <!-- unspin-enable spinner-a-h/local-weather-exchange -->
                SPIN TORT
                """));
        assertEquals(List.of(3), kept("""
                <!-- unspin-disable tortured-phrase, spinner-synonym -- quoting the paper as published -->
                <!-- unspin-enable spinner-synonym -->
                SPIN TORT
                """));
    }

    @Test
    void enableOneRuleInsideADisabledRegion() {
        String text = "<!-- unspin-disable -->\n<!-- unspin-enable tortured-phrase -->\nSPIN TORT\n";
        assertEquals(List.of(3), kept(text));
        assertEquals(List.of(3, 3), kept(text.replace("<!-- unspin-enable tortured-phrase -->", "<!-- unspin-enable -->")));
    }

    @Test
    void disableNextLineAndDisableLine() {
        assertEquals(List.of(1, 4, 5, 6), kept("""
                SPIN
                <!-- unspin-disable-next-line -->
                SPIN TORT
                SPIN <!-- unspin-disable-next-line tortured-phrase -->
                SPIN TORT
                SPIN
                TORT SPIN <!-- unspin-disable-line -->
                """));
    }

    @Test
    void otherCommentsAreIgnored() {
        assertEquals(List.of(2, 4), kept("<!-- a note -->\nSPIN\n<!-- unspin-disabled -->\nTORT\n"));
        assertSame(Suppressions.NONE, Suppressions.of("<!-- x -->", List.of(new ProseMask.Range(0, 10))));
    }
}
