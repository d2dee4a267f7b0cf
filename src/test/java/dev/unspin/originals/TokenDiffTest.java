package dev.unspin.originals;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenDiffTest {
    private static List<String> tokens(String s) {
        return Arrays.asList(s.split(" "));
    }

    @Test
    void aMultiWordSwapIsOneChange() {
        List<TokenDiff.Change> changes = TokenDiff.changes(tokens("the members of the family of the victim asked"),
                tokens("the relations of the victim asked"));
        assertEquals(List.of(new TokenDiff.Change(1, 5, 1, 2)), changes); // "members of the family" for "relations"
    }

    @Test
    void insertedFillerIsAnInsertion() {
        List<TokenDiff.Change> changes = TokenDiff.changes(tokens("she had actually gone home"), tokens("she had gone home"));
        assertEquals(List.of(new TokenDiff.Change(2, 3, 2, 2)), changes);
        assertEquals(true, changes.get(0).insertion());
    }

    @Test
    void swapsSeparatedByAFunctionWordAreOneChange() {
        List<TokenDiff.Change> changes = TokenDiff.changes(tokens("a tempest on the shore ended"), tokens("a storm on the coast ended"));
        assertEquals(List.of(new TokenDiff.Change(1, 5, 1, 5)), changes);
    }

    @Test
    void swapsSeparatedByAContentWordStayApart() {
        List<TokenDiff.Change> changes = TokenDiff.changes(tokens("a tempest hit houses today"), tokens("a storm hit homes today"));
        assertEquals(List.of(new TokenDiff.Change(1, 2, 1, 2), new TokenDiff.Change(3, 4, 3, 4)), changes);
    }

    @Test
    void theSameSentenceHasNoChanges() {
        assertEquals(List.of(), TokenDiff.changes(tokens("nothing changed here ."), tokens("nothing changed here .")));
    }
}
