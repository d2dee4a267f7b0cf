package dev.unspin.text;

/**
 * One token of the normalised text. {@code start}/{@code end} are offsets into the normalised
 * view; {@code lower} is the form dictionaries match on.
 */
public record Token(int index, int start, int end, String text, String lower, TokenKind kind) {

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    public boolean isCapitalised() {
        return kind == TokenKind.WORD && Character.isUpperCase(text.charAt(0));
    }
}
