package dev.unspin.git;

/** git could not say what changed: no repository, an unknown revision, or git itself failed. */
public final class GitException extends Exception {
    public GitException(String message) {
        super(message);
    }
}
