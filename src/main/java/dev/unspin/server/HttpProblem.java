package dev.unspin.server;

/** A request the server refuses: the HTTP status and the message its JSON error body carries. */
public final class HttpProblem extends RuntimeException {
    private final int status;

    public HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
