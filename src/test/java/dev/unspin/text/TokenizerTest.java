package dev.unspin.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {

    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void splitsCliticsAndPunctuationButKeepsInnerHyphensAbbreviationsAndNumbers() {
        assertEquals(List.of("Yoon", "'s", "test-fired", "1,000", "U.S.", "missiles", "does", "n't", "stop", "."),
                texts("Yoon's test-fired 1,000 U.S. missiles doesn't stop."));
    }

    @Test
    void numbersAndWordsAreKindedAndLowerCased() {
        List<Token> tokens = Tokenizer.tokenize("Round 3.5 ok");
        assertEquals(TokenKind.WORD, tokens.get(0).kind());
        assertEquals("round", tokens.get(0).lower());
        assertEquals(TokenKind.NUMBER, tokens.get(1).kind());
        assertEquals("3.5", tokens.get(1).text());
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "  every different's";
        Token t = Tokenizer.tokenize(s).get(2);
        assertEquals("'s", s.substring(t.start(), t.end()));
    }
}
