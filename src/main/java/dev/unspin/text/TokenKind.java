package dev.unspin.text;

public enum TokenKind {
    WORD, NUMBER, PUNCT
}
