package dev.unspin.config;

/** An invalid or unreadable configuration file; the message names the file, the line and the key. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
