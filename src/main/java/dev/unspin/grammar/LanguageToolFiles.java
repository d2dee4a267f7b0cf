package dev.unspin.grammar;

import org.languagetool.JLanguageTool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Text files of LanguageTool's resource directory, read the way its own loaders find them (its data broker). */
final class LanguageToolFiles {
    private LanguageToolFiles() {
    }

    static String text(String path) throws IOException {
        try (InputStream in = JLanguageTool.getDataBroker().getFromResourceDirAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new IOException("LanguageTool's " + path + " is missing from the class path: " + e.getMessage(), e);
        }
    }
}
