package dev.unspin.dictionary;

import dev.unspin.engine.RuleFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step (run by Maven at process-classes): parses the dictionary files of the rules directory
 * given first (the copy of {@code rules/} in the classes directory) and writes their compiled form
 * ({@link CompiledDictionary}) to the file given second. A malformed file fails the build with every
 * problem found.
 */
public final class DictionaryCompiler {
    private DictionaryCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DictionaryCompiler RULES_DIRECTORY OUTPUT_FILE");
        }
        long started = System.nanoTime();
        List<RuleFiles.RuleFile> files = RuleFiles.inDirectory(Path.of(args[0])).list("dictionary", ".dict");
        PhraseDictionary dictionary = PhraseDictionary.fromFiles(files);
        Path target = Path.of(args[1]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            CompiledDictionary.write(dictionary, CompiledDictionary.fingerprint(files), out);
        }
        Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("unspin: compiled the dictionary (%,d entries, %,d bytes) into %s in %d ms%n",
                dictionary.entries().size(), Files.size(target), target, (System.nanoTime() - started) / 1_000_000);
    }
}
