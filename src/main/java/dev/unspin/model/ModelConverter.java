package dev.unspin.model;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven at process-classes): converts the CMU Sphinx en-us trigram model, read from
 * the {@code net.sf.phat:sphinx4-data} jar on the class path, into the model file named by the only
 * argument. Does nothing when that file is newer than the jar and readable by this version.
 */
public final class ModelConverter {
    static final String SOURCE = "edu/cmu/sphinx/models/en-us/en-us.lm.bin";

    private ModelConverter() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelConverter OUTPUT_FILE");
        }
        Path target = Path.of(args[0]);
        URL source = ModelConverter.class.getClassLoader().getResource(SOURCE);
        if (source == null) {
            throw new IllegalStateException(SOURCE + " is not on the class path (it comes from net.sf.phat:sphinx4-data)");
        }
        URLConnection connection = source.openConnection();
        if (upToDate(target, connection)) {
            return;
        }
        long started = System.nanoTime();
        try (InputStream in = connection.getInputStream()) {
            ModelFileWriter.write(SphinxTrieFile.read(in), target);
        }
        System.out.printf("unspin: wrote the language model %s (%,d bytes) in %d ms%n", target, Files.size(target),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean upToDate(Path target, URLConnection source) throws IOException, URISyntaxException {
        if (!Files.exists(target)) {
            return false;
        }
        long sourceModified = source instanceof JarURLConnection jar
                ? Files.getLastModifiedTime(Path.of(jar.getJarFileURL().toURI())).toMillis()
                : source.getLastModified();
        if (Files.getLastModifiedTime(target).toMillis() <= sourceModified) {
            return false;
        }
        try {
            TrigramModel.open(target);
            return true;
        } catch (ModelUnavailableException e) {
            return false;
        }
    }
}
