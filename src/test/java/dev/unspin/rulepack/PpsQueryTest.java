package dev.unspin.rulepack;

import dev.unspin.rulepack.PpsQuery.Alternative;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PpsQueryTest {

    private static Alternative alt(List<String> required, List<String> excluded) {
        return new Alternative(required, excluded);
    }

    @Test
    void plainWordsFormOnePhrase() {
        assertEquals(List.of(alt(List.of("profound learning"), List.of())), PpsQuery.alternatives("  profound   learning "));
        assertEquals(List.of(alt(List.of("bosom peril"), List.of())), PpsQuery.alternatives("\"bosom peril\""));
        assertEquals(List.of(alt(List.of("bosom peril"), List.of())), PpsQuery.alternatives("\u201Cbosom peril\u201D"));
    }

    @Test
    void orGivesAlternativesAndAndNotCombine() {
        assertEquals(List.of(alt(List.of("a b"), List.of()), alt(List.of("c d"), List.of())),
                PpsQuery.alternatives("\"a b\" OR \"c d\""));
        assertEquals(List.of(alt(List.of("a b", "e"), List.of("a b c")), alt(List.of("d", "e"), List.of("a b c"))),
                PpsQuery.alternatives("(\"a b\" OR d) AND e NOT \"a b c\""));
        assertEquals(List.of(alt(List.of("x", "y"), List.of())), PpsQuery.alternatives("\"x\" \"y\""), "side by side means AND");
    }

    @Test
    void notOfACompoundFollowsDeMorgan() {
        assertEquals(List.of(alt(List.of("x"), List.of("y")), alt(List.of("x"), List.of("z"))),
                PpsQuery.alternatives("x AND NOT (\"y\" AND \"z\")"));
        assertEquals(List.of(alt(List.of("x"), List.of("y", "z"))), PpsQuery.alternatives("x AND NOT (y OR z)"));
        assertEquals(List.of(alt(List.of("x", "y"), List.of())), PpsQuery.alternatives("x AND NOT NOT y"));
    }

    @Test
    void lowerCaseOperatorWordsArePartOfThePhrase() {
        assertEquals(List.of(alt(List.of("trial and error"), List.of())), PpsQuery.alternatives("trial and error"));
    }

    @Test
    void malformedQueriesAreErrors() {
        for (String q : List.of("(a OR b", "a OR", "\"open", "a )", "", "NOT", "x AND NOT x", "\"\"")) {
            assertThrows(IllegalArgumentException.class, () -> PpsQuery.alternatives(q), q);
        }
    }
}
