package dev.unspin.model;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the model file is: the system property {@code unspin.model}, else the environment variable
 * {@code UNSPIN_MODEL}, else {@code model/en-us-3gram.bin} beside the running code ({@code target/model/}
 * for {@code target/unspin.jar} and for {@code target/classes}).
 */
public final class ModelLocation {
    public static final String PROPERTY = "unspin.model";
    public static final String ENVIRONMENT = "UNSPIN_MODEL";
    public static final String FILE_NAME = "en-us-3gram.bin";

    private ModelLocation() {
    }

    public static Path defaultPath() {
        return defaultPath(System::getProperty, System::getenv);
    }

    /** As above, with the system properties and the environment given (tests leave the JVM's alone). */
    static Path defaultPath(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String configured = properties.apply(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = environment.apply(ENVIRONMENT);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return besideCode().resolve("model").resolve(FILE_NAME);
    }

    /** The folder holding the jar or the classes folder this class was loaded from. */
    private static Path besideCode() {
        try {
            Path code = Path.of(ModelLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where unspin's code is; set -D" + PROPERTY + " or " + ENVIRONMENT, e);
        }
    }

    static String howToBuild() {
        return "build it with `mvn -DskipTests package` (it becomes target/model/" + FILE_NAME
                + "), or point -D" + PROPERTY + "=FILE or " + ENVIRONMENT + "=FILE at it"
                + " (or leave the model detector out: --detectors dictionary,grammar)";
    }
}
