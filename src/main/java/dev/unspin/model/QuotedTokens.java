package dev.unspin.model;

import dev.unspin.text.Token;

import java.util.List;

/**
 * Which tokens of a document are inside double quotation marks: a quotation is what someone said,
 * word for word, and is not the writer's to fix. Quotes are normalised to ASCII before tokens are
 * made, so one mark opens and the next closes; an unclosed quote ends with its paragraph.
 */
final class QuotedTokens {
    private QuotedTokens() {
    }

    static boolean[] of(List<Token> tokens, String normalizedText) {
        boolean[] quoted = new boolean[tokens.size()];
        boolean open = false;
        int previousEnd = 0;
        for (Token token : tokens) {
            if (open && normalizedText.substring(previousEnd, token.start()).contains("\n\n")) {
                open = false;
            }
            if (token.text().equals("\"")) {
                open = !open;
            } else {
                quoted[token.index()] = open;
            }
            previousEnd = token.end();
        }
        return quoted;
    }
}
