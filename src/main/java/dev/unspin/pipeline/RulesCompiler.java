package dev.unspin.pipeline;

import dev.unspin.dictionary.CompiledDictionary;
import dev.unspin.engine.RuleFiles;
import dev.unspin.grammar.CompiledAnchors;
import dev.unspin.grammar.CompiledDisambiguation;
import dev.unspin.text.CompiledPosModel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Build step (run by Maven at process-classes): compiles the rules directory given first (the copy of
 * {@code rules/} in the classes directory) into the classes directory given second, so start-up reads
 * them instead of parsing them: the dictionary ({@link CompiledDictionary}), the grammar rules'
 * anchors ({@link CompiledAnchors}), LanguageTool's English disambiguation rules indexed by the words
 * that trigger them ({@link CompiledDisambiguation}) and the OpenNLP POS model ({@link CompiledPosModel}).
 * A malformed rule file fails the build.
 */
public final class RulesCompiler {
    private RulesCompiler() {
    }

    /** Something that writes a compiled form and says how many rules it holds. */
    private interface Compilation {
        int write(RuleFiles rules, OutputStream out) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RulesCompiler RULES_DIRECTORY CLASSES_DIRECTORY");
        }
        RuleFiles rules = RuleFiles.inDirectory(Path.of(args[0]));
        Path classes = Path.of(args[1]);
        compile(rules, classes, CompiledDictionary.RESOURCE, "dictionary entries", CompiledDictionary::compile);
        compile(rules, classes, CompiledAnchors.RESOURCE, "grammar rule anchors", CompiledAnchors::compile);
        compile(rules, classes, CompiledDisambiguation.RESOURCE, "LanguageTool disambiguation rules indexed",
                (unused, out) -> CompiledDisambiguation.compile(out));
        compile(rules, classes, CompiledPosModel.RESOURCE, "OpenNLP POS model predicates", (unused, out) -> CompiledPosModel.compile(out));
    }

    private static void compile(RuleFiles rules, Path classes, String resource, String what, Compilation compilation)
            throws IOException {
        long started = System.nanoTime();
        Path target = classes.resolve(resource.substring(1));
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        int count;
        try (OutputStream out = Files.newOutputStream(temporary)) {
            count = compilation.write(rules, out);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("unspin: compiled %,d %s into %s (%,d bytes) in %d ms%n", count, what, target, Files.size(target),
                (System.nanoTime() - started) / 1_000_000);
    }
}
