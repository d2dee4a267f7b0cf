package dev.unspin.input;

/** An input that could not be checked, and why, in one line. */
public record InputProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
