package dev.unspin.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** --token-file: the token is the file's first line, stripped; a missing or blank file is an error. */
public final class AccessTokenFile {
    private AccessTokenFile() {
    }

    public static String read(Path file) {
        String first;
        try {
            first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the token file " + file + ": " + e.getMessage());
        }
        if (first.isEmpty()) {
            throw new IllegalArgumentException("the token file " + file + " is empty");
        }
        return first;
    }
}
