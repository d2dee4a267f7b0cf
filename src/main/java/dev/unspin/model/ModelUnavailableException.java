package dev.unspin.model;

/** The language model file is missing or is not a model file this version can read. */
public final class ModelUnavailableException extends RuntimeException {
    ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
