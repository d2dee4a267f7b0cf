package dev.unspin.text;

/** A sentence as a range of token indices [firstToken, endToken) and of normalised offsets. */
public record Sentence(int index, int firstToken, int endToken, int start, int end) {
}
