package dev.unspin.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@link ModelSettings} from a properties file with one named key per value: for each source
 * of candidates ({@code swaps}, {@code thesaurus}, {@code unknownWords}) the fields of
 * {@link Calibration} ({@code swaps.margin = 3.25}, ...), and {@code pooled.minimum},
 * {@code pooled.per10kWords} and {@code pooled.archaicPer10kWords}. Every key is required and no other is allowed; a value is a decimal
 * number ({@code pooled.minimum}: a whole number). A file that breaks this is refused with a message
 * naming the file and the key. The packaged calibration is {@value #PACKAGED} on the class path.
 */
final class CalibrationFile {
    static final String PACKAGED = "dev/unspin/model/calibration.properties";

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private final String name;
    private final Properties values;
    private final Set<String> unread;

    private CalibrationFile(String name, Properties values) {
        this.name = name;
        this.values = values;
        this.unread = new TreeSet<>(values.stringPropertyNames());
    }

    /** The calibration shipped in the jar. */
    static ModelSettings packaged() {
        InputStream in = CalibrationFile.class.getClassLoader().getResourceAsStream(PACKAGED);
        if (in == null) {
            throw new IllegalStateException(PACKAGED + ": not found on the class path");
        }
        try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(PACKAGED, text);
        } catch (IOException e) {
            throw new UncheckedIOException(PACKAGED + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The settings in {@code text}; {@code name} is the file's name for the messages.
     *
     * @throws IllegalStateException naming the file and the key, for a key that is missing, unknown or not a number
     */
    static ModelSettings read(String name, Reader text) throws IOException {
        Properties values = new Properties();
        values.load(text);
        return new CalibrationFile(name, values).settings();
    }

    private ModelSettings settings() {
        ModelSettings settings = new ModelSettings(calibration("swaps"), calibration("thesaurus"), calibration("unknownWords"),
                whole("pooled.minimum"), decimal("pooled.per10kWords"), decimal("pooled.archaicPer10kWords"));
        if (!unread.isEmpty()) {
            throw new IllegalStateException(name + ": unknown key " + unread.iterator().next()
                    + " (a calibration key is SOURCE.FIELD, as in swaps.margin, or pooled.minimum, pooled.per10kWords or pooled.archaicPer10kWords)");
        }
        return settings;
    }

    private Calibration calibration(String source) {
        return new Calibration(decimal(source + ".margin"), decimal(source + ".frequencyWeight"),
                decimal(source + ".supportBonus"), decimal(source + ".weakBand"), decimal(source + ".floor"),
                decimal(source + ".slope"), decimal(source + ".ceiling"), decimal(source + ".pooledConfidence"));
    }

    private double decimal(String key) {
        return Double.parseDouble(value(key, DECIMAL, "a decimal number such as 3.25"));
    }

    private int whole(String key) {
        return Integer.parseInt(value(key, WHOLE, "a whole number such as 5"));
    }

    private String value(String key, Pattern form, String expected) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(name + ": missing key " + key);
        }
        unread.remove(key);
        String trimmed = value.strip();
        if (!form.matcher(trimmed).matches()) {
            throw new IllegalStateException(name + ": " + key + " = '" + value + "' is not " + expected);
        }
        return trimmed;
    }
}
