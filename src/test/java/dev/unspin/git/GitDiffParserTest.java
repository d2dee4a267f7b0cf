package dev.unspin.git;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hunk headers of {@code git diff --unified=0}, written by hand. */
class GitDiffParserTest {

    @Test
    void readsTheNewSideOfEveryHunk() {
        String diff = """
                diff --git a/notes.md b/notes.md
                index 3b18e51..a9c2f4e 100644
                --- a/notes.md
                +++ b/notes.md
                @@ -0,0 +1,2 @@
                +A new first line.
                +And a second.
                @@ -5 +7 @@ Some heading
                -old
                +new
                @@ -9,3 +11,4 @@
                -a
                -b
                -c
                +w
                +x
                +y
                +z
                """;
        ChangedLines lines = GitDiffParser.parse(diff);
        assertEquals(List.of(new ChangedLines.Range(1, 2), new ChangedLines.Range(7, 1), new ChangedLines.Range(11, 4)),
                lines.ranges());
        assertFalse(lines.isAll());
    }

    @Test
    void aCountOfZeroIsADeletionThatChangesNoNewLine() {
        ChangedLines lines = GitDiffParser.parse("@@ -3,2 +2,0 @@\n-gone\n-gone too\n@@ -10 +8,0 @@\n-also gone\n");
        assertEquals(List.of(), lines.ranges());
        assertFalse(lines.touches(1, 100));
    }

    @Test
    void withoutACountTheHunkIsOneLine() {
        ChangedLines lines = GitDiffParser.parse("@@ -4 +4 @@\n-x\n+y\n");
        assertEquals(List.of(new ChangedLines.Range(4, 1)), lines.ranges());
        assertTrue(lines.touches(4, 4));
        assertFalse(lines.touches(3, 3));
        assertFalse(lines.touches(5, 5));
    }

    @Test
    void contentLinesThatLookLikeHeadersAreNotHunks() {
        // "+@@ ..." and "-@@ ..." are added and removed text, not headers
        ChangedLines lines = GitDiffParser.parse("@@ -1,0 +2 @@\n+@@ -1 +99,5 @@ text\n");
        assertEquals(List.of(new ChangedLines.Range(2, 1)), lines.ranges());
    }

    @Test
    void anEmptyDiffChangesNothing() {
        assertEquals(List.of(), GitDiffParser.parse("").ranges());
    }

    @Test
    void aMalformedHeaderIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> GitDiffParser.parse("@@ -1 +x @@\n"));
    }

    @Test
    void aSpanTouchesWhenAnyOfItsLinesChanged() {
        ChangedLines lines = ChangedLines.of(List.of(new ChangedLines.Range(5, 2)));
        assertTrue(lines.touches(4, 5));
        assertTrue(lines.touches(6, 9));
        assertTrue(lines.touches(1, 10));
        assertFalse(lines.touches(1, 4));
        assertFalse(lines.touches(7, 7));
        assertTrue(ChangedLines.all().touches(1, 1));
    }
}
