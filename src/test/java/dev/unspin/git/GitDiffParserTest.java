package dev.unspin.git;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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

    @Test
    void aWholeRepositoryDiffIsReadFileByFile() {
        String diff = """
                diff --git a/docs/a.md b/docs/a.md
                index 1111111..2222222 100644
                --- a/docs/a.md
                +++ b/docs/a.md
                @@ -2,0 +3,2 @@ Title
                +++ b/not-a-header.md
                +@@ -1 +50,9 @@
                @@ -7 +9 @@
                -old
                \\ No newline at end of file
                +new
                \\ No newline at end of file
                diff --git a/gone.txt b/gone.txt
                deleted file mode 100644
                index 3333333..0000000
                --- a/gone.txt
                +++ /dev/null
                @@ -1,2 +0,0 @@
                -one
                -two
                diff --git a/new file.txt b/new file.txt
                new file mode 100644
                index 0000000..4444444
                --- /dev/null
                +++ b/new file.txt\t
                @@ -0,0 +1 @@
                +hello
                diff --git "a/caf\\303\\251\\tx.md" "b/caf\\303\\251\\tx.md"
                index 5555555..6666666 100644
                --- "a/caf\\303\\251\\tx.md"
                +++ "b/caf\\303\\251\\tx.md"
                @@ -4,2 +4,0 @@
                -x
                -y
                @@ -9 +7,3 @@
                -z
                +p
                +q
                +r
                diff --git a/logo.png b/logo.png
                index 7777777..8888888 100644
                Binary files a/logo.png and b/logo.png differ
                """;
        Map<String, ChangedLines> files = GitDiffParser.parseFiles(diff);
        assertEquals(Map.of("docs/a.md", List.of(new ChangedLines.Range(3, 2), new ChangedLines.Range(9, 1)),
                        "new file.txt", List.of(new ChangedLines.Range(1, 1)),
                        "caf\u00e9\tx.md", List.of(new ChangedLines.Range(7, 3))),
                Map.of("docs/a.md", files.get("docs/a.md").ranges(), "new file.txt", files.get("new file.txt").ranges(),
                        "caf\u00e9\tx.md", files.get("caf\u00e9\tx.md").ranges()));
        assertEquals(3, files.size(), files.toString());
    }

    @Test
    void quotedPathsAreUnquoted() {
        assertEquals("plain name.md", GitDiffParser.unquote("plain name.md"));
        assertEquals("b/a\"q\\\\z", GitDiffParser.unquote("\"b/a\\\"q\\\\\\\\z\""));
        assertEquals("b/\u00fc.md", GitDiffParser.unquote("\"b/\\303\\274.md\""));
    }
}
