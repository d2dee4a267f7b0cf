package dev.unspin.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseStyleTest {

    @Test
    void replacementFollowsTheCaseOfTheText() {
        assertEquals("Court", CaseStyle.of("Court docket").apply("court"));
        assertEquals("relations", CaseStyle.of("members of the family").apply("relations"));
        assertEquals("GOVERNMENT", CaseStyle.of("GOVT").apply("government"));
        assertEquals("Climate Change", CaseStyle.of("Local Weather Exchange").apply("climate change"));
        assertEquals("U.N. sanctions", CaseStyle.of("u.n. sanctions").apply("U.N. sanctions"));
    }
}
