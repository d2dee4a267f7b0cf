package dev.unspin.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LanguageTool's own published Java client ({@code org.languagetool.remote.RemoteLanguageTool},
 * languagetool-http-client 6.0) pointed at unspin serve: it parses the answer and every match's
 * offset and length select the words the finding is about in the sample article.
 */
class LanguageToolClientTest {
    private static UnspinServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(TestServers.settings());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void languageToolsJavaClientGetsWellFormedMatchesOnTheRightWords() throws Exception {
        String article = TestServers.sample();
        RemoteResult result = new RemoteLanguageTool(new java.net.URL("http://127.0.0.1:" + server.port())).check(article, "en-US");
        assertEquals("en-US", result.getLanguageCode());
        List<RemoteRuleMatch> matches = result.getMatches();
        assertTrue(matches.size() > 40, matches.size() + " matches");
        boolean climate = false;
        for (RemoteRuleMatch m : matches) {
            String words = article.substring(m.getErrorOffset(), m.getErrorOffset() + m.getErrorLength());
            assertTrue(!words.isBlank() && !Character.isWhitespace(words.charAt(0)), "a match on words: '" + words + "'");
            assertTrue(m.getReplacements().isPresent() && !m.getReplacements().get().isEmpty(), m.toString());
            assertTrue(m.getContext().contains(words), "the context shows the words: " + m.getContext());
            assertEquals(words, m.getContext().substring(m.getContextOffset(), m.getContextOffset() + m.getErrorLength()));
            if (words.equals("local weather exchange")) {
                climate = m.getReplacements().get().get(0).equals("climate change");
            }
        }
        assertTrue(climate, "\"local weather exchange\" is matched with \"climate change\" first");
    }
}
