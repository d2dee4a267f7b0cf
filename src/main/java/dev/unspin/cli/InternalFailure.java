package dev.unspin.cli;

/** The one-line problem for an input whose processing failed unexpectedly (a bug, or an input beyond a limit). */
final class InternalFailure {
    private InternalFailure() {
    }

    /** "internal error while checking: java.lang.StackOverflowError (too deeply nested?)". */
    static String describe(String doing, Throwable failure) {
        String line = "internal error while " + doing + ": " + failure;
        if (failure instanceof StackOverflowError) {
            return line + " (too deeply nested?)";
        }
        if (failure instanceof OutOfMemoryError) {
            return line + " (too large for the memory given; see -Xmx)";
        }
        return line;
    }
}
