package dev.unspin.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlobTest {

    @Test
    void aGlobWithoutSlashMatchesTheNameAtAnyDepth() {
        Glob g = Glob.of("*.md");
        assertTrue(g.matches("README.md"));
        assertTrue(g.matches("docs/guide/intro.md"));
        assertFalse(g.matches("docs/notes.txt"));
    }

    @Test
    void doubleStarSpansFoldersIncludingNone() {
        Glob g = Glob.of("docs/**/*.md");
        assertTrue(g.matches("docs/a.md"));
        assertTrue(g.matches("docs/x/y/a.md"));
        assertFalse(g.matches("other/docs/a.md"));
        assertFalse(g.matches("docs/a.txt"));
        assertTrue(Glob.of("docs/**").matches("docs/x/a.txt"));
    }

    @Test
    void singleStarStaysInOneFolderAndALeadingSlashAnchors() {
        assertTrue(Glob.of("docs/*.md").matches("docs/a.md"));
        assertFalse(Glob.of("docs/*.md").matches("docs/x/a.md"));
        assertTrue(Glob.of("/README.md").matches("README.md"));
        assertFalse(Glob.of("/README.md").matches("docs/README.md"));
    }

    @Test
    void aFolderMatchesEverythingUnderIt() {
        assertTrue(Glob.of("vendor").matches("vendor/lib/a.md"));
        assertTrue(Glob.of("vendor/").matches("x/vendor/a.md"));
        assertTrue(Glob.of("third_party/vendor").matches("third_party/vendor/a.md"));
        assertFalse(Glob.of("vendor").matches("vendors/a.md"));
    }

    @Test
    void bracesClassesAndQuestionMarks() {
        assertTrue(Glob.of("*.{md,html}").matches("a/b.html"));
        assertFalse(Glob.of("*.{md,html}").matches("a/b.txt"));
        assertTrue(Glob.of("[ab]?.txt").matches("b1.txt"));
        assertFalse(Glob.of("[ab]?.txt").matches("c1.txt"));
        assertTrue(Glob.of("a.[!t]xt").matches("a.bxt"));
        assertFalse(Glob.of("a.[!t]xt").matches("a.txt"));
        assertTrue(Glob.of("a+b (1).md").matches("a+b (1).md"));
    }

    @Test
    void malformedGlobsAreRejectedWithTheReason() {
        assertEquals("unmatched '{' in glob '*.{md'", assertThrows(IllegalArgumentException.class, () -> Glob.of("*.{md")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Glob.of("a}"));
        assertThrows(IllegalArgumentException.class, () -> Glob.of("[ab"));
        assertThrows(IllegalArgumentException.class, () -> Glob.of(" "));
    }
}
