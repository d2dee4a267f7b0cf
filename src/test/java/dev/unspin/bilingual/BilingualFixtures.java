package dev.unspin.bilingual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small bilingual dictionaries under src/test/resources/fixtures/bilingual, copied into a test's directory. */
public final class BilingualFixtures {
    public static final String CEDICT = "cedict_ts.u8";
    public static final String GERMAN = "freedict-deu-eng.dict.dz";
    public static final String JAPANESE = "freedict-jpn-eng.dict.dz";

    private BilingualFixtures() {
    }

    /** Copies the named fixture files into {@code directory}; returns it. */
    public static Path copy(Path directory, String... names) {
        try {
            Files.createDirectories(directory);
            for (String name : names) {
                try (InputStream in = BilingualFixtures.class.getResourceAsStream("/fixtures/bilingual/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("no fixture " + name);
                    }
                    Files.copy(in, directory.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
