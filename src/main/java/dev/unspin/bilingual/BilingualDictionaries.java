package dev.unspin.bilingual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The bilingual dictionaries (source language → English) the checks against the source look words up in,
 * found by file name in one directory and read once, on first use: FreeDict's dictd files
 * ({@code freedict-deu-eng.dict.dz}, fra, spa, jpn; Debian's dict-freedict-* packages) and CC-CEDICT
 * ({@code cedict_ts.u8}) for Chinese. A language with no dictionary is remembered, so a command can say
 * once which checks it skipped and how to install what they need. Thread-safe.
 */
public final class BilingualDictionaries {
    /** The system property and environment variable naming the directory. */
    public static final String PROPERTY = "unspin.dictionaries";
    public static final String ENVIRONMENT = "UNSPIN_DICTIONARIES";
    private static final Map<String, String> FILES = Map.of("de", "freedict-deu-eng.dict.dz", "fr", "freedict-fra-eng.dict.dz",
            "es", "freedict-spa-eng.dict.dz", "ja", "freedict-jpn-eng.dict.dz", "zh", "cedict_ts.u8");

    /** No dictionaries: the checks that need one are skipped. */
    public static final BilingualDictionaries NONE = new BilingualDictionaries(null, Map.of());

    private final Path directory;
    private final Map<String, Optional<BilingualDictionary>> loaded = new ConcurrentHashMap<>();
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    private BilingualDictionaries(Path directory, Map<String, BilingualDictionary> given) {
        this.directory = directory;
        given.forEach((language, dictionary) -> loaded.put(language, Optional.of(dictionary)));
    }

    /** The dictionaries in {@code directory}. */
    public static BilingualDictionaries in(Path directory) {
        return new BilingualDictionaries(directory, Map.of());
    }

    /** These dictionaries, by language, and no others (tests, rule examples). */
    public static BilingualDictionaries of(List<BilingualDictionary> dictionaries) {
        Map<String, BilingualDictionary> byLanguage = new ConcurrentHashMap<>();
        dictionaries.forEach(d -> byLanguage.put(d.language(), d));
        return new BilingualDictionaries(null, byLanguage);
    }

    /**
     * The default directory: the system property {@value #PROPERTY}, else the environment variable
     * {@value #ENVIRONMENT}, else {@code ~/.cache/unspin/dictionaries} (where scripts/install-dictionaries puts them).
     */
    public static Path defaultDirectory(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        for (String configured : new String[] {properties.apply(PROPERTY), environment.apply(ENVIRONMENT)}) {
            if (configured != null && !configured.isBlank()) {
                return Path.of(configured);
            }
        }
        return Path.of(properties.apply("user.home"), ".cache", "unspin", "dictionaries");
    }

    /** The languages a dictionary can be installed for. */
    public static Set<String> languages() {
        return new TreeSet<>(FILES.keySet());
    }

    /** The dictionary from {@code language} into English, read on first use; empty when there is none. */
    public Optional<BilingualDictionary> forLanguage(String language) {
        Optional<BilingualDictionary> dictionary = loaded.computeIfAbsent(language, this::read);
        if (dictionary.isEmpty() && FILES.containsKey(language)) {
            missing.add(language);
        }
        return dictionary;
    }

    /** The languages asked for whose dictionary was not there, sorted. */
    public Set<String> missing() {
        return new TreeSet<>(missing);
    }

    /** Where the dictionaries are looked for (null: given, not read from a directory). */
    public Path directory() {
        return directory;
    }

    private Optional<BilingualDictionary> read(String language) {
        String name = FILES.get(language);
        if (directory == null || name == null || !Files.isRegularFile(directory.resolve(name))) {
            return Optional.empty();
        }
        Path file = directory.resolve(name);
        try {
            if (language.equals("zh")) {
                try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return Optional.of(CedictFile.read(in));
                }
            }
            return Optional.of(FreeDictFile.dictionary(language, file));
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException(file + ": cannot read the bilingual dictionary: " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }
}
